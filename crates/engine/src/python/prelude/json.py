# json, written in Python for Interleave (CPython's formatting rules).
from _json import scan as _scan

class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


JSONDecodeError.__module__ = 'json.decoder'

_ESC = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f'}


def _encode_str(s, ensure_ascii):
    out = ['"']
    for c in s:
        if c in _ESC:
            out.append(_ESC[c])
        elif ord(c) < 0x20:
            out.append('\\u%04x' % ord(c))
        elif ensure_ascii and ord(c) > 0x7e:
            n = ord(c)
            if n > 0xffff:
                n -= 0x10000
                out.append('\\u%04x\\u%04x' % (0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff)))
            else:
                out.append('\\u%04x' % n)
        else:
            out.append(c)
    out.append('"')
    return ''.join(out)


def _float_str(o, allow_nan):
    if o != o:
        text = 'NaN'
    elif o == float('inf'):
        text = 'Infinity'
    elif o == -float('inf'):
        text = '-Infinity'
    else:
        return repr(o)
    if not allow_nan:
        raise ValueError('Out of range float values are not JSON compliant: ' + repr(o))
    return text


def _key_str(k, ensure_ascii, allow_nan, skipkeys):
    if isinstance(k, str):
        return k
    if k is True:
        return 'true'
    if k is False:
        return 'false'
    if k is None:
        return 'null'
    if isinstance(k, float):
        return _float_str(k, allow_nan)
    if isinstance(k, int):
        return str(k)
    if skipkeys:
        return None
    raise TypeError(f'keys must be str, int, float, bool or None, not {type(k).__name__}')


def _encode(o, ind, level, item_sep, key_sep, sort_keys, ensure_ascii, allow_nan, default, skipkeys, markers):
    if o is None:
        return 'null'
    if o is True:
        return 'true'
    if o is False:
        return 'false'
    if isinstance(o, str):
        return _encode_str(o, ensure_ascii)
    if isinstance(o, int):
        return int.__repr__(o)
    if isinstance(o, float):
        return _float_str(o, allow_nan)
    if isinstance(o, (list, tuple)):
        if not o:
            return '[]'
        if id(o) in markers:
            raise ValueError('Circular reference detected')
        markers.append(id(o))
        if ind is None:
            inner = item_sep.join(_encode(v, ind, level + 1, item_sep, key_sep, sort_keys, ensure_ascii, allow_nan, default, skipkeys, markers) for v in o)
            markers.pop()
            return '[' + inner + ']'
        pad = '\n' + ind * (level + 1)
        inner = (item_sep + pad[1:] if False else item_sep.rstrip(' ') + pad).join(
            _encode(v, ind, level + 1, item_sep, key_sep, sort_keys, ensure_ascii, allow_nan, default, skipkeys, markers) for v in o)
        markers.pop()
        return '[' + pad + inner + '\n' + ind * level + ']'
    if isinstance(o, dict):
        if not o:
            return '{}'
        if id(o) in markers:
            raise ValueError('Circular reference detected')
        markers.append(id(o))
        items = list(o.items())
        if sort_keys:
            items = sorted(items, key=lambda kv: kv[0])
        parts = []
        for k, v in items:
            ks = _key_str(k, ensure_ascii, allow_nan, skipkeys)
            if ks is None:
                continue
            parts.append(_encode_str(ks, ensure_ascii) + key_sep + _encode(v, ind, level + 1, item_sep, key_sep, sort_keys, ensure_ascii, allow_nan, default, skipkeys, markers))
        markers.pop()
        if ind is None:
            return '{' + item_sep.join(parts) + '}'
        pad = '\n' + ind * (level + 1)
        return '{' + pad + (item_sep.rstrip(' ') + pad).join(parts) + '\n' + ind * level + '}'
    if default is not None:
        return _encode(default(o), ind, level, item_sep, key_sep, sort_keys, ensure_ascii, allow_nan, default, skipkeys, markers)
    raise TypeError(f'Object of type {type(o).__name__} is not JSON serializable')


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
          indent=None, separators=None, default=None, sort_keys=False, **kw):
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent
    if separators is not None:
        item_sep, key_sep = separators
    elif indent is not None:
        item_sep, key_sep = ',', ': '
    else:
        item_sep, key_sep = ', ', ': '
    return _encode(obj, indent, 0, item_sep, key_sep, sort_keys, ensure_ascii, allow_nan, default, skipkeys, [])


def dump(obj, fp, **kw):
    fp.write(dumps(obj, **kw))


_WS = ' \t\n\r'


class _Parser:
    def __init__(self, s, object_hook=None, object_pairs_hook=None):
        self.s = s
        self.object_hook = object_hook
        self.object_pairs_hook = object_pairs_hook

    def ws(self, i):
        s = self.s
        n = len(s)
        while i < n and s[i] in _WS:
            i += 1
        return i

    def value(self, i):
        s = self.s
        i = self.ws(i)
        if i >= len(s):
            raise JSONDecodeError('Expecting value', s, i)
        c = s[i]
        if c == '{':
            return self.obj(i + 1)
        if c == '[':
            return self.arr(i + 1)
        if c == '"':
            return self.string(i + 1)
        if s.startswith('null', i):
            return None, i + 4
        if s.startswith('true', i):
            return True, i + 4
        if s.startswith('false', i):
            return False, i + 5
        if s.startswith('NaN', i):
            return float('nan'), i + 3
        if s.startswith('Infinity', i):
            return float('inf'), i + 8
        if s.startswith('-Infinity', i):
            return float('-inf'), i + 9
        return self.number(i)

    def number(self, i):
        s = self.s
        j = i
        n = len(s)
        if j < n and s[j] == '-':
            j += 1
        if j >= n or not s[j].isdigit():
            raise JSONDecodeError('Expecting value', s, i)
        if s[j] == '0':
            j += 1
        else:
            while j < n and s[j].isdigit():
                j += 1
        is_float = False
        if j < n and s[j] == '.' and j + 1 < n and s[j + 1].isdigit():
            is_float = True
            j += 1
            while j < n and s[j].isdigit():
                j += 1
        if j < n and s[j] in 'eE':
            k = j + 1
            if k < n and s[k] in '+-':
                k += 1
            if k < n and s[k].isdigit():
                is_float = True
                j = k
                while j < n and s[j].isdigit():
                    j += 1
        text = s[i:j]
        return (float(text) if is_float else int(text)), j

    def string(self, i):
        s = self.s
        out = []
        n = len(s)
        start = i - 1
        while True:
            if i >= n:
                raise JSONDecodeError('Unterminated string starting at', s, start)
            c = s[i]
            if c == '"':
                return ''.join(out), i + 1
            if c == '\\':
                i += 1
                if i >= n:
                    raise JSONDecodeError('Unterminated string starting at', s, start)
                e = s[i]
                if e == 'u':
                    code = int(s[i + 1:i + 5], 16)
                    i += 5
                    if 0xd800 <= code < 0xdc00 and s[i:i + 2] == '\\u':
                        low = int(s[i + 2:i + 6], 16)
                        if 0xdc00 <= low < 0xe000:
                            code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00)
                            i += 6
                    out.append(chr(code))
                    continue
                m = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
                if e not in m:
                    raise JSONDecodeError('Invalid \\escape', s, i - 1)
                out.append(m[e])
                i += 1
                continue
            if c < ' ':
                raise JSONDecodeError('Invalid control character at', s, i)
            out.append(c)
            i += 1

    def obj(self, i):
        s = self.s
        pairs = []
        i = self.ws(i)
        if i < len(s) and s[i] == '}':
            return self.finish_obj(pairs), i + 1
        while True:
            i = self.ws(i)
            if i >= len(s) or s[i] != '"':
                raise JSONDecodeError('Expecting property name enclosed in double quotes', s, i)
            key, i = self.string(i + 1)
            i = self.ws(i)
            if i >= len(s) or s[i] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            val, i = self.value(i + 1)
            pairs.append((key, val))
            i = self.ws(i)
            if i < len(s) and s[i] == '}':
                return self.finish_obj(pairs), i + 1
            if i >= len(s) or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i += 1

    def finish_obj(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        d = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(d)
        return d

    def arr(self, i):
        s = self.s
        out = []
        i = self.ws(i)
        if i < len(s) and s[i] == ']':
            return out, i + 1
        while True:
            val, i = self.value(i)
            out.append(val)
            i = self.ws(i)
            if i < len(s) and s[i] == ']':
                return out, i + 1
            if i >= len(s) or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i += 1


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    if isinstance(s, (bytes, bytearray)):
        s = s.decode()
    if not isinstance(s, str):
        raise TypeError(f'the JSON object must be str, bytes or bytearray, not {type(s).__name__}')
    if object_hook is None and object_pairs_hook is None:
        # The native scanner; it declines (None) what only the parser below may judge.
        scanned = _scan(s)
        if scanned is not None:
            return scanned[0]
    p = _Parser(s, object_hook, object_pairs_hook)
    val, end = p.value(0)
    end = p.ws(end)
    if end != len(s):
        raise JSONDecodeError('Extra data', s, end)
    return val


def load(fp, **kw):
    return loads(fp.read(), **kw)
