# Where re's errors come from, standing where CPython's re/_parser.py and
# re/_compiler.py raise them: re.error itself, replacement templates' parser, and the
# functions an uncaught pattern error is raised through (see re.py's _compile), so
# tracebacks show CPython's frames. Lines marked #@cpython:PATH:N show as that line.
import _sre

__cpython_file__ = "/usr/lib/python3.11/re/_parser.py"
_MAXCACHE = 512


class error(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            text = pattern if isinstance(pattern, str) else str(pattern, 'latin1')
            self.lineno = text.count('\n', 0, pos) + 1
            self.colno = pos - text.rfind('\n', 0, pos)
            if '\n' in text:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = 're'


_ESCAPES = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v', '\\': '\\'}
_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
_template_cache = {}


def _compile_repl(repl, pattern):
    hit = _template_cache.get((pattern, repl, type(repl)))
    if hit is not None:
        return hit
    return _parser.parse_template(repl, pattern)  #@cpython:re/__init__.py:308


def parse_template(repl, pattern):
    # A template's pieces: literals and group numbers (kept in _template_cache).
    is_str = isinstance(repl, str)
    if not is_str and not isinstance(repl, (bytes, bytearray)):
        raise TypeError("decoding to str: need a bytes-like object, %s found" % type(repl).__name__)
    s = repl if is_str else str(repl, 'latin1')
    n = len(s)

    def fail(msg, pos):
        if not is_str:
            msg = msg.encode('ascii', 'backslashreplace').decode('ascii')
        return error(msg, repl, pos)

    items = []
    literal = []

    def flush():
        if literal:
            items.append(''.join(literal))
            del literal[:]

    def addgroup(index, pos):
        if index > pattern.groups:
            raise fail("invalid group reference %d" % index, pos)  #@cpython:re/_parser.py:1017|raise s.error("invalid group reference %d" % index, pos)
        flush()
        items.append(index)

    i = 0
    while i < n:
        c = s[i]
        if c != '\\':
            literal.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise fail("bad escape (end of pattern)", n - 1)
        start = i
        c = s[i + 1]
        i += 2
        if c == 'g':
            if i >= n or s[i] != '<':
                raise fail("missing <", i)  #@cpython:re/_parser.py:1033|raise s.error("missing <")
            i += 1
            name_start = i
            while i < n and s[i] != '>':
                i += 2 if s[i] == '\\' and i + 1 < n else 1
            if i >= n:
                if name_start >= n:
                    raise fail("missing group name", n)
                raise fail("missing >, unterminated name", name_start)
            name = s[name_start:i]
            i += 1
            if not name:
                raise fail("missing group name", i - 1)
            if name.isidentifier():
                try:
                    index = pattern.groupindex[name]
                except KeyError:
                    raise IndexError("unknown group name %r" % name) from None  #@cpython:re/_parser.py:1040
            else:
                try:
                    index = int(name)
                    if index < 0:
                        raise ValueError
                except ValueError:
                    raise fail("bad character in group name %r" % name, name_start) from None  #@cpython:re/_parser.py:1047|raise s.error("bad character in group name %r" % name,
                if index >= _sre.MAXGROUPS:
                    raise fail("invalid group reference %d" % index, name_start)
            addgroup(index, name_start)  #@cpython:re/_parser.py:1060|addgroup(index, len(name) + 1)
        elif c == '0':
            digits = ''
            while len(digits) < 2 and i < n and s[i] in '01234567':
                digits += s[i]
                i += 1
            literal.append(chr(int('0' + digits, 8) & 0xff))
        elif c in '0123456789':
            this = c
            isoctal = False
            if i < n and s[i] in '0123456789':
                this += s[i]
                i += 1
                if c in '01234567' and this[1] in '01234567' and i < n and s[i] in '01234567':
                    this += s[i]
                    i += 1
                    isoctal = True
                    value = int(this, 8)
                    if value > 0o377:
                        raise fail('octal escape value \\%s outside of range 0-0o377' % this, start)  #@cpython:re/_parser.py:1077|raise s.error('octal escape value %s outside of '
                    literal.append(chr(value))
            if not isoctal:
                addgroup(int(this), start + 1)  #@cpython:re/_parser.py:1081|addgroup(int(this[1:]), len(this) - 1)
        elif c in _ESCAPES:
            literal.append(_ESCAPES[c])
        elif c in _LETTERS:
            raise fail('bad escape \\%s' % c, start)  #@cpython:re/_parser.py:1087|raise s.error('bad escape %s' % this, len(this)) from None
        else:
            literal.append('\\' + c)
    flush()
    if not is_str:
        items = [x if type(x) is int else x.encode('latin1') for x in items]
    if len(_template_cache) >= _MAXCACHE:
        _template_cache.clear()
    _template_cache[(pattern, repl, type(repl))] = items
    return items


# An uncaught re.error shows CPython's frames: these functions stand where its
# re/_compiler.py and re/_parser.py raise, replaying the trail _sre found (the lines of
# _parse where it went into a group, and the raising line), and raise its error.
SRE_FLAG_VERBOSE = 64


class _Failure:
    # Handed down as `flags` (each thread its own), so the lines read as CPython's.
    def __init__(self, exc, descents, site):
        self.exc = exc
        self.descents = descents
        self.site = site

    def __and__(self, other):
        return 0


class _Source:
    def __init__(self, failure):
        self.failure = failure

    def error(self, *args):
        return self.failure.exc

    def tell(self):
        return 0


class _compiler:
    def compile(p, flags=0):
        p = _parser.parse(p, flags)  #@cpython:re/_compiler.py:745

    compile = staticmethod(compile)


class _parser:
    def parse(str, flags=0, state=None):
        source = _Source(flags)
        if flags.site[0] == 'parse':
            raise source.error("unbalanced parenthesis")  #@cpython:re/_parser.py:994
        p = _parse_sub(source, state, flags & SRE_FLAG_VERBOSE, 0)  #@cpython:re/_parser.py:989

    parse = staticmethod(parse)
    parse_template = staticmethod(parse_template)


del parse_template


def _parse_sub(source, state, verbose, nested):
    items = []
    itemsappend = items.append
    itemsappend(_parse(source, state, verbose, nested + 1,  #@cpython:re/_parser.py:464
                       not nested and not items))


def _parse(source, state, verbose, nested, first=False):
    this = that = ''
    start = here = 0
    sub_verbose = verbose
    msg = ''
    descents = source.failure.descents
    if descents:
        line = descents.pop(0)
        if line == 872:
            p = _parse_sub(source, state, sub_verbose, nested + 1)  #@cpython:re/_parser.py:872
        elif line == 779:
            p = _parse_sub(source, state, verbose, nested + 1)  #@cpython:re/_parser.py:779
        elif line == 828:
            item_yes = _parse(source, state, verbose, nested + 1)  #@cpython:re/_parser.py:828
        else:
            item_no = _parse(source, state, verbose, nested + 1)  #@cpython:re/_parser.py:830
    func, line, via = source.failure.site
    if func == '_escape':
        code = _escape(source, this, state)  #@cpython:re/_parser.py:548
    elif func == '_class_escape' and via == 577:
        code1 = _class_escape(source, this)  #@cpython:re/_parser.py:577
    elif func == '_class_escape':
        code2 = _class_escape(source, that)  #@cpython:re/_parser.py:604
    elif line == 874:
        raise source.error("missing ), unterminated subpattern",  #@cpython:re/_parser.py:874
                           source.tell() - start)
    elif line == 784:
        raise source.error("missing ), unterminated subpattern",  #@cpython:re/_parser.py:784
                           source.tell() - start)
    elif line == 836:
        raise source.error("missing ), unterminated subpattern",  #@cpython:re/_parser.py:836
                           source.tell() - start)
    elif line == 691:
        raise source.error("nothing to repeat",  #@cpython:re/_parser.py:691
                           source.tell() - here + len(this))
    elif line == 694:
        raise source.error("multiple repeat",  #@cpython:re/_parser.py:694
                           source.tell() - here + len(this))
    elif line == 681:
        raise source.error("min repeat greater than max repeat",  #@cpython:re/_parser.py:681
                           source.tell() - here)
    elif line == 572:
        raise source.error("unterminated character set",  #@cpython:re/_parser.py:572
                           source.tell() - here)
    elif line == 595:
        raise source.error("unterminated character set",  #@cpython:re/_parser.py:595
                           source.tell() - here)
    elif line == 616:
        raise source.error(msg, len(this) + 1 + len(that))  #@cpython:re/_parser.py:616
    elif line == 738:
        raise source.error()  #@cpython:re/_parser.py:738|raise source.error(msg, len(name) + 1)
    elif line == 740:
        raise source.error()  #@cpython:re/_parser.py:740|raise source.error("cannot refer to an open group",
    elif line == 750:
        raise source.error()  #@cpython:re/_parser.py:750|raise source.error("unknown extension ?P" + char,
    elif line == 773:
        raise source.error()  #@cpython:re/_parser.py:773|raise source.error("unknown extension ?<" + char,
    elif line == 850:
        raise source.error()  #@cpython:re/_parser.py:850|raise source.error('global flags not at the start '
    elif line == 859:
        raise source.error()  #@cpython:re/_parser.py:859|raise source.error("unknown extension ?" + char,
    elif line == 867:
        raise source.error() from None  #@cpython:re/_parser.py:867|raise source.error(err.msg, len(name) + 1) from None
    else:
        raise source.error(msg, len(this) + 1 + len(that))  #@cpython:re/_parser.py:621


def _escape(source, escape, state):
    line = source.failure.site[1]
    if line == 440:
        raise source.error()  #@cpython:re/_parser.py:440|raise source.error("cannot refer to an open group",
    if line == 444:
        raise source.error()  #@cpython:re/_parser.py:444|raise source.error("invalid group reference %d" % group, len(escape) - 1)
    raise source.error("bad escape %s" % escape, len(escape))  #@cpython:re/_parser.py:447


def _class_escape(source, escape):
    if source.failure.site[1] == 370:
        raise source.error('bad escape %s' % escape, len(escape))  #@cpython:re/_parser.py:370
    raise source.error("bad escape %s" % escape, len(escape))  #@cpython:re/_parser.py:374


