# re: regular expressions with CPython 3.11's names, reprs and messages, over the
# native matcher `_sre` (python/modules/sre: its parser gives CPython's errors, its
# backtracking matcher charges its steps to the run's instruction count). Lines marked
# #@cpython:N show in tracebacks as re/__init__.py's line N.
import _sre
from _re_parser import error, _Failure, _compiler, _compile_repl, _template_cache

__cpython_file__ = "/usr/lib/python3.11/re/__init__.py"

__all__ = ["match", "fullmatch", "search", "sub", "subn", "split", "findall",
           "finditer", "compile", "purge", "template", "escape", "error", "Pattern",
           "Match", "A", "I", "L", "M", "S", "X", "U", "ASCII", "IGNORECASE",
           "LOCALE", "MULTILINE", "DOTALL", "VERBOSE", "UNICODE", "NOFLAG", "RegexFlag"]

__version__ = "2.2.1"


PatternError = error

# The members in definition order, which is the order a combination's repr names them.
_FLAG_NAMES = [("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32),
               ("MULTILINE", 8), ("DOTALL", 16), ("VERBOSE", 64), ("TEMPLATE", 1),
               ("DEBUG", 128)]
_ALL_FLAGS = 511


class RegexFlag(int):
    def __new__(cls, value=0):
        return int.__new__(cls, value)

    @property
    def value(self):
        return int(self)

    @property
    def name(self):
        v = int(self)
        names = [n for n, b in _FLAG_NAMES if v & b]
        if not v:
            return 'NOFLAG'
        if not names or v & ~_ALL_FLAGS:
            return None
        return '|'.join(names)

    def __repr__(self):
        v = int(self)
        if v == 0:
            return 're.NOFLAG'
        parts = ['re.' + n for n, b in _FLAG_NAMES if v & b]
        rest = v & ~_ALL_FLAGS
        if rest:
            parts.append(hex(rest))
        return '|'.join(parts)

    __str__ = __repr__

    def __format__(self, spec):
        return format(int(self), spec)

    def __eq__(self, other):
        return int(self) == other

    def __ne__(self, other):
        return int(self) != other

    def __hash__(self):
        return hash(int(self))

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(_ALL_FLAGS & ~int(self))

    def __reduce__(self):
        return RegexFlag, (int(self),)


RegexFlag.__module__ = 're'
NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
U = UNICODE = RegexFlag(32)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
X = VERBOSE = RegexFlag(64)
T = TEMPLATE = RegexFlag(1)
DEBUG = RegexFlag(128)

_MAXSIZE = 9223372036854775807
_MAXCACHE = 512
_cache = {}


class mappingproxy:
    def __init__(self, d):
        self._d = d

    def __getitem__(self, key):
        return self._d[key]

    def __setitem__(self, key, value):
        raise TypeError("'mappingproxy' object does not support item assignment")

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __contains__(self, key):
        return key in self._d

    def __eq__(self, other):
        return self._d == other

    def get(self, key, default=None):
        return self._d.get(key, default)

    def keys(self):
        return self._d.keys()

    def values(self):
        return self._d.values()

    def items(self):
        return self._d.items()

    def copy(self):
        return dict(self._d)

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._d,)

    def __str__(self):
        return str(self._d)


def _raise_compile_error(failure, pattern):
    kind, msg, pos = failure[:3]
    if kind == 'error':
        # A lookbehind's width is checked where CPython compiles, which names no pattern.
        raise error(msg, pattern, pos) if pos is not None else error(msg)
    if kind == 'overflow':
        raise OverflowError(msg)
    if kind == 'value':
        raise ValueError(msg)
    raise RecursionError(msg)


def _type_check(pattern_is_str, string):
    if isinstance(string, str):
        if not pattern_is_str:
            raise TypeError("cannot use a bytes pattern on a string-like object")
    elif isinstance(string, (bytes, bytearray)):
        if pattern_is_str:
            raise TypeError("cannot use a string pattern on a bytes-like object")
    else:
        raise TypeError("expected string or bytes-like object, got %r" % type(string).__name__)


def _clamp(n, length):
    if n < 0:
        return 0
    if n > length:
        return length
    return n


class Pattern:
    def __init__(self, pattern, flags, info):
        self.pattern = pattern
        self._flags = flags
        self.flags, self.groups, index = info[:3]
        self.groupindex = mappingproxy(index)
        self._isstr = isinstance(pattern, str)

    def _run(self, string, pos, endpos, mode):
        # _sre refuses a string of the wrong type with CPython's messages.
        found = _sre.match(self.pattern, self._flags, string, pos, endpos, mode, False)
        if found is None:
            return None
        return Match(self, string, pos, endpos, found)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 0)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 1)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 2)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        return _sre.findall(self.pattern, self._flags, string, pos, endpos)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        _type_check(self._isstr, string)
        return callable_iterator(self._iter(string, pos, endpos))

    def _iter(self, string, pos, endpos):
        n = len(string)
        pos = _clamp(pos, n)
        endpos = _clamp(endpos, n)
        start = pos
        advance = False
        batch = 8
        while True:
            found = _sre.scan(self.pattern, self._flags, string, start, endpos, batch, advance)
            for f in found:
                yield Match(self, string, pos, endpos, f)
            if len(found) < batch:
                return
            last = found[-1]
            start = last[2]
            advance = last[1] == last[2]
            if batch < 1024:
                batch *= 4

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        return _Scanner(self, string, pos, endpos)

    def split(self, string, maxsplit=0):
        _type_check(self._isstr, string)
        if maxsplit < 0:
            return [string]
        return _sre.split(self.pattern, self._flags, string, 0, _MAXSIZE, maxsplit, False)

    def _subx(self, repl, string, count):
        if callable(repl):
            filt = repl
            template = None
        else:
            filt = None
            if isinstance(repl, str) and '\\' not in repl:
                template = [repl]
            elif isinstance(repl, (bytes, bytearray)) and b'\\' not in repl:
                template = [bytes(repl)]
            else:
                # Named as CPython's lines, for the frames of a template's error.
                template = repl
                pattern = self
                template = _compile_repl(template, pattern)  #@cpython:317
        _type_check(self._isstr, string)
        if count < 0:
            return string, 0
        if template is not None:
            kind = str if self._isstr else bytes
            if all(type(item) is int or type(item) is kind for item in template):
                return _sre.sub(self.pattern, self._flags, string, 0, _MAXSIZE, count, False, template)
        found = _sre.scan(self.pattern, self._flags, string, 0, _MAXSIZE, count, False)
        pieces = []
        last = 0
        for f in found:
            if last < f[1]:
                pieces.append(_sre.slice(string, last, f[1]))
            if filt is not None:
                piece = filt(Match(self, string, 0, len(string), f))
                if piece is not None:
                    pieces.append(piece)
            else:
                for item in template:
                    if type(item) is int:
                        if f[2 * item + 1] >= 0:
                            pieces.append(_sre.slice(string, f[2 * item + 1], f[2 * item + 2]))
                    else:
                        pieces.append(item)
            last = f[2]
        if last < len(string):
            pieces.append(_sre.slice(string, last, len(string)))
        empty = string[:0]
        if type(empty) is bytearray:
            empty = b''
        return empty.join(pieces), len(found)

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)

    def __repr__(self):
        flags = self.flags
        if self._isstr and flags & 292 == 32:
            flags &= ~32
        text = repr(self.pattern)[:200]
        if not flags:
            return 're.compile(%s)' % text
        names = []
        for name, bit in (("TEMPLATE", 1), ("IGNORECASE", 2), ("LOCALE", 4), ("MULTILINE", 8),
                          ("DOTALL", 16), ("UNICODE", 32), ("VERBOSE", 64), ("DEBUG", 128),
                          ("ASCII", 256)):
            if flags & bit:
                names.append('re.' + name)
                flags &= ~bit
        if flags:
            names.append(hex(flags))
        return 're.compile(%s, %s)' % (text, '|'.join(names))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags and self._isstr == other._isstr

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return _compile, (self.pattern, self._flags)


Pattern.__module__ = 're'


class callable_iterator:
    # What CPython's finditer returns (an iterator over a scanner's search method).
    def __init__(self, gen):
        self._gen = gen

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


callable_iterator.__module__ = 'builtins'


class _Scanner:
    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        _type_check(pattern._isstr, string)
        n = len(string)
        self._pos = _clamp(pos, n)
        self._start = self._pos
        self._endpos = _clamp(endpos, n)
        self._advance = False

    def _step(self, mode):
        p = self.pattern
        if self._pos > self._endpos:
            return None
        f = _sre.match(p.pattern, p._flags, self._string, self._pos, self._endpos, mode, self._advance)
        if f is None:
            self._pos = self._endpos + 1
            return None
        self._advance = f[1] == f[2]
        self._pos = f[2]
        return Match(p, self._string, self._start, self._endpos, f)

    def match(self):
        return self._step(0)

    def search(self):
        return self._step(2)


class Match:
    def __init__(self, pattern, string, pos, endpos, found):
        self.re = pattern
        self.string = string
        self._pos = pos
        self._endpos = endpos
        self.lastindex = found[0]
        self._spans = found

    # The bounds the search was given, clamped to the string as sre clamps them.
    @property
    def pos(self):
        return _clamp(self._pos, len(self.string))

    @property
    def endpos(self):
        return _clamp(self._endpos, len(self.string))

    @property
    def lastgroup(self):
        if self.lastindex is None:
            return None
        for name, g in self.re.groupindex.items():
            if g == self.lastindex:
                return name
        return None

    @property
    def regs(self):
        return tuple(self.span(g) for g in range(self.re.groups + 1))

    def _index(self, g):
        if isinstance(g, int):
            if 0 <= g <= self.re.groups:
                return int(g)
        elif isinstance(g, (str, bytes)):
            try:
                return self.re.groupindex[g]
            except (KeyError, TypeError):
                pass
        raise IndexError("no such group")

    def _get(self, g, default=None):
        i = self._index(g)
        s = self._spans[2 * i + 1]
        if s < 0:
            return default
        return _sre.slice(self.string, s, self._spans[2 * i + 2])

    def group(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(args[0])
        return tuple(self._get(g) for g in args)

    def __getitem__(self, g):
        return self._get(g)

    def groups(self, default=None):
        return tuple(self._get(g, default) for g in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(g, default) for name, g in self.re.groupindex.items()}

    def start(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 2]

    def span(self, group=0):
        i = self._index(group)
        return (self._spans[2 * i + 1], self._spans[2 * i + 2])

    def expand(self, template):
        pieces = []
        for item in _compile_repl(template, self.re):
            if type(item) is int:
                pieces.append(self._get(item) or self.string[:0])
            else:
                pieces.append(item)
        return self.string[:0].join(pieces)

    def __repr__(self):
        return '<re.Match object; span=(%d, %d), match=%s>' % (
            self._spans[1], self._spans[2], repr(self._get(0))[:50])

    def __bool__(self):
        return True

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle 're.Match' object")

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


Match.__module__ = 're'

def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except (KeyError, TypeError):
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")  #@cpython:282|raise ValueError(
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")  #@cpython:286
    info = _sre.compile(pattern, flags)
    if info[-1]:
        import warnings
        for message in info[-1]:
            warnings.warn(message, FutureWarning, stacklevel=3)
    if type(info) is list:
        if info[4] is not None:
            # Raised through frames named as CPython's parser raises it.
            flags = _Failure(error(info[1], pattern, info[2]), info[3], info[4])
            p = _compiler.compile(pattern, flags)  #@cpython:294
        _raise_compile_error(info, pattern)
    p = Pattern(pattern, flags, info)
    if len(_cache) >= _MAXCACHE:
        del _cache[next(iter(_cache))]
    _cache[key] = p
    return p


def compile(pattern, flags=0):
    return _compile(pattern, flags)  #@cpython:227


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)  #@cpython:166


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)  #@cpython:171


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)  #@cpython:176


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)  #@cpython:185


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)  #@cpython:196


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)  #@cpython:206


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)  #@cpython:216


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)  #@cpython:223


def purge():
    _cache.clear()
    _template_cache.clear()


def template(pattern, flags=0):
    return _compile(pattern, flags | T)


_SPECIAL = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def escape(pattern):
    if isinstance(pattern, str):
        return ''.join('\\' + c if c in _SPECIAL else c for c in pattern)
    text = str(pattern, 'latin1')
    return ''.join('\\' + c if c in _SPECIAL else c for c in text).encode('latin1')
