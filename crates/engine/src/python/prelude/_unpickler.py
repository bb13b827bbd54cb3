# The reading half of pickle: any pickle of protocols 0 to 5 back into values,
# with the C unpickler's errors ("pickle data was truncated", "invalid load key,
# 'x'.", "Ran out of input", ...). `pickle` re-exports what is here.

import _kernel
from _struct import unpack

UnpicklingError = _kernel.UnpicklingError

# Protocols 0-2 name Python 2's modules; fix_imports reads them as Python 3's.
_PY3_MODULES = {'__builtin__': 'builtins', 'copy_reg': 'copyreg', 'Queue': 'queue',
                'thread': '_thread', 'SocketServer': 'socketserver',
                'exceptions': 'builtins'}
_PY3_NAMES = {('__builtin__', 'xrange'): ('builtins', 'range'),
              ('__builtin__', 'unicode'): ('builtins', 'str'),
              ('__builtin__', 'long'): ('builtins', 'int'),
              ('__builtin__', 'unichr'): ('builtins', 'chr'),
              ('__builtin__', 'reduce'): ('functools', 'reduce'),
              ('__builtin__', 'basestring'): ('builtins', 'str'),
              ('itertools', 'izip'): ('builtins', 'zip'),
              ('itertools', 'imap'): ('builtins', 'map'),
              ('itertools', 'ifilter'): ('builtins', 'filter'),
              ('itertools', 'ifilterfalse'): ('itertools', 'filterfalse'),
              ('itertools', 'izip_longest'): ('itertools', 'zip_longest')}


def _find_module(name):
    return _kernel.import_module(name)


def _decode_long(data):
    return int.from_bytes(data, 'little', signed=True)


def _raw_unicode_unescape(data):
    # Protocol 0's text: Latin-1 with \uXXXX and \UXXXXXXXX escapes.
    out = []
    i = 0
    n = len(data)
    while i < n:
        c = data[i]
        if c == 0x5c and i + 1 < n and data[i + 1] in (0x75, 0x55):
            width = 4 if data[i + 1] == 0x75 else 8
            digits = data[i + 2:i + 2 + width]
            if len(digits) == width:
                try:
                    out.append(chr(int(digits.decode('ascii'), 16)))
                    i += 2 + width
                    continue
                except ValueError:
                    pass
        out.append(chr(c))
        i += 1
    return ''.join(out)


class _Mark:
    pass


class Unpickler:
    def __init__(self, file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None):
        self._file = file
        self._buf = b''
        self._pos = 0
        self.fix_imports = fix_imports
        self.encoding = encoding
        self.errors = errors
        self.memo = {}
        self.proto = 0
        self._buffers = iter(buffers) if buffers is not None else None

    # Reading: from the bytes given (loads) or from the file, never past the pickle.

    def _read(self, n):
        pos = self._pos
        end = pos + n
        if end <= len(self._buf):
            self._pos = end
            return self._buf[pos:end]
        data = self._buf[pos:]
        self._buf = b''
        self._pos = 0
        if self._file is not None:
            data = data + self._file.read(n - len(data))
        if len(data) < n:
            raise UnpicklingError('pickle data was truncated')
        return data

    def _readline(self):
        pos = self._pos
        end = self._buf.find(b'\n', pos)
        if end >= 0:
            self._pos = end + 1
            return self._buf[pos:end + 1]
        data = self._buf[pos:]
        self._buf = b''
        self._pos = 0
        if self._file is not None:
            data = data + self._file.readline()
        if not data.endswith(b'\n'):
            raise UnpicklingError('pickle data was truncated')
        return data

    def _read_opcode(self):
        if self._pos < len(self._buf):
            op = self._buf[self._pos]
            self._pos += 1
            return op
        if self._file is not None:
            data = self._file.read(1)
            if data:
                return data[0]
        raise EOFError('Ran out of input')

    def load(self):
        if not hasattr(self, '_file'):
            raise UnpicklingError('Unpickler.__init__() was not called by Unpickler.__init__()')
        self._stack = []
        self._metastack = []
        self._stop = False
        self._value = None
        while not self._stop:
            op = self._read_opcode()
            handler = _DISPATCH.get(op)
            if handler is None:
                if 0x20 <= op <= 0x7e and op not in (0x27, 0x5c):
                    raise UnpicklingError("invalid load key, '%s'." % chr(op))
                raise UnpicklingError("invalid load key, '\\x%02x'." % op)
            handler(self)
        return self._value

    # The stack and its marks.

    def _pop(self):
        if not self._stack:
            raise UnpicklingError('unpickling stack underflow')
        return self._stack.pop()

    def _top(self):
        if not self._stack:
            raise UnpicklingError('unpickling stack underflow')
        return self._stack[-1]

    def _pop_mark(self):
        if not self._metastack:
            raise UnpicklingError('could not find MARK')
        items = self._stack
        self._stack = self._metastack.pop()
        return items

    def _push(self, value):
        self._stack.append(value)

    # The opcodes.

    def _proto(self):
        proto = self._read(1)[0]
        if proto > 5:
            raise ValueError('unsupported pickle protocol: %d' % proto)
        self.proto = proto

    def _frame(self):
        n, = unpack('<Q', self._read(8))
        if self._file is None:
            if self._pos + n > len(self._buf):
                raise UnpicklingError('pickle data was truncated')
            return
        data = self._buf[self._pos:] + self._file.read(n)
        if len(data) < n + len(self._buf) - self._pos:
            raise UnpicklingError('pickle data was truncated')
        self._buf = data
        self._pos = 0

    def _stop_op(self):
        self._value = self._pop()
        self._stop = True

    def _mark(self):
        self._metastack.append(self._stack)
        self._stack = []

    def _pop_op(self):
        if self._stack:
            self._stack.pop()
        elif self._metastack:
            self._pop_mark()
        else:
            raise UnpicklingError('unpickling stack underflow')

    def _pop_mark_op(self):
        self._pop_mark()

    def _dup(self):
        self._push(self._top())

    def _none(self):
        self._push(None)

    def _true(self):
        self._push(True)

    def _false(self):
        self._push(False)

    def _int(self):
        line = self._readline()[:-1]
        if line == b'00':
            self._push(False)
        elif line == b'01':
            self._push(True)
        else:
            self._push(int(line.decode('ascii')))

    def _long(self):
        line = self._readline()[:-1]
        if line.endswith(b'L'):
            line = line[:-1]
        self._push(int(line.decode('ascii')))

    def _binint(self):
        self._push(unpack('<i', self._read(4))[0])

    def _binint1(self):
        self._push(self._read(1)[0])

    def _binint2(self):
        self._push(unpack('<H', self._read(2))[0])

    def _long1(self):
        n = self._read(1)[0]
        self._push(_decode_long(self._read(n)))

    def _long4(self):
        n, = unpack('<i', self._read(4))
        if n < 0:
            raise UnpicklingError('LONG pickle has negative byte count')
        self._push(_decode_long(self._read(n)))

    def _float(self):
        self._push(float(self._readline()[:-1].decode('ascii')))

    def _binfloat(self):
        self._push(unpack('>d', self._read(8))[0])

    def _text(self, data):
        return str(data, 'utf-8', 'surrogatepass')

    def _unicode(self):
        self._push(_raw_unicode_unescape(self._readline()[:-1]))

    def _binunicode(self):
        n, = unpack('<I', self._read(4))
        self._push(self._text(self._read(n)))

    def _binunicode8(self):
        n, = unpack('<Q', self._read(8))
        self._push(self._text(self._read(n)))

    def _short_binunicode(self):
        n = self._read(1)[0]
        self._push(self._text(self._read(n)))

    def _py2_string(self, data):
        if self.encoding == 'bytes':
            return data
        return data.decode(self.encoding, self.errors)

    def _string(self):
        data = self._readline()[:-1]
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
            data = data[1:-1]
        else:
            raise UnpicklingError('the STRING opcode argument must be quoted')
        self._push(self._py2_string(data))

    def _binstring(self):
        n, = unpack('<i', self._read(4))
        if n < 0:
            raise UnpicklingError('BINSTRING pickle has negative byte count')
        self._push(self._py2_string(self._read(n)))

    def _short_binstring(self):
        n = self._read(1)[0]
        self._push(self._py2_string(self._read(n)))

    def _binbytes(self):
        n, = unpack('<I', self._read(4))
        self._push(self._read(n))

    def _binbytes8(self):
        n, = unpack('<Q', self._read(8))
        self._push(self._read(n))

    def _short_binbytes(self):
        n = self._read(1)[0]
        self._push(self._read(n))

    def _bytearray8(self):
        n, = unpack('<Q', self._read(8))
        self._push(bytearray(self._read(n)))

    def _next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError('pickle stream refers to out-of-band data but no *buffers* argument was given')
        try:
            self._push(next(self._buffers))
        except StopIteration:
            raise UnpicklingError('not enough out-of-band buffers') from None

    def _readonly_buffer(self):
        pass

    def _tuple(self):
        self._push(tuple(self._pop_mark()))

    def _empty_tuple(self):
        self._push(())

    def _tuple1(self):
        self._stack[-1:] = [(self._top(),)]

    def _tuple2(self):
        if len(self._stack) < 2:
            raise UnpicklingError('unpickling stack underflow')
        self._stack[-2:] = [(self._stack[-2], self._stack[-1])]

    def _tuple3(self):
        if len(self._stack) < 3:
            raise UnpicklingError('unpickling stack underflow')
        self._stack[-3:] = [(self._stack[-3], self._stack[-2], self._stack[-1])]

    def _empty_list(self):
        self._push([])

    def _empty_dict(self):
        self._push({})

    def _empty_set(self):
        self._push(set())

    def _frozenset(self):
        self._push(frozenset(self._pop_mark()))

    def _list(self):
        self._push(self._pop_mark())

    def _dict(self):
        items = self._pop_mark()
        self._push({items[i]: items[i + 1] for i in range(0, len(items) - 1, 2)})

    def _instantiate(self, klass, args):
        if args or not isinstance(klass, type) or hasattr(klass, '__getinitargs__'):
            value = klass(*args)
        else:
            value = klass.__new__(klass)
        self._push(value)

    def _inst(self):
        module = self._readline()[:-1].decode('ascii')
        name = self._readline()[:-1].decode('ascii')
        klass = self.find_class(module, name)
        self._instantiate(klass, self._pop_mark())

    def _obj(self):
        args = self._pop_mark()
        klass = args.pop(0)
        self._instantiate(klass, args)

    def _newobj(self):
        args = self._pop()
        cls = self._pop()
        self._push(cls.__new__(cls, *args))

    def _newobj_ex(self):
        kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        self._push(cls.__new__(cls, *args, **kwargs))

    def _global(self):
        module = self._readline()[:-1].decode('utf-8')
        name = self._readline()[:-1].decode('utf-8')
        self._push(self.find_class(module, name))

    def _stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError('STACK_GLOBAL requires str')
        self._push(self.find_class(module, name))

    def _ext(self, code):
        raise ValueError('unregistered extension code %d' % code)

    def _ext1(self):
        self._ext(self._read(1)[0])

    def _ext2(self):
        self._ext(unpack('<H', self._read(2))[0])

    def _ext4(self):
        self._ext(unpack('<i', self._read(4))[0])

    def find_class(self, module, name):
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _PY3_NAMES:
                module, name = _PY3_NAMES[(module, name)]
            elif module in _PY3_MODULES:
                module = _PY3_MODULES[module]
        mod = _find_module(module)
        try:
            if self.proto >= 4:
                value = mod
                for part in name.split('.'):
                    value = getattr(value, part)
                return value
            return getattr(mod, name)
        except AttributeError:
            raise AttributeError("Can't get attribute %r on %r" % (name, mod)) from None

    def persistent_load(self, pid):
        raise UnpicklingError('A load persistent id instruction was encountered, '
                              'but no persistent_load function was specified.')

    def _persid(self):
        pid = self._readline()[:-1].decode('ascii')
        self._push(self.persistent_load(pid))

    def _binpersid(self):
        self._push(self.persistent_load(self._pop()))

    def _reduce(self):
        args = self._pop()
        func = self._pop()
        self._push(func(*args))

    # The memo.

    def _memo_get(self, idx):
        try:
            self._push(self.memo[idx])
        except KeyError:
            raise UnpicklingError('Memo value not found at index %d' % idx) from None

    def _get(self):
        self._memo_get(int(self._readline()[:-1].decode('ascii')))

    def _binget(self):
        self._memo_get(self._read(1)[0])

    def _long_binget(self):
        self._memo_get(unpack('<I', self._read(4))[0])

    def _put(self):
        idx = int(self._readline()[:-1].decode('ascii'))
        if idx < 0:
            raise ValueError('negative PUT argument')
        self.memo[idx] = self._top()

    def _binput(self):
        self.memo[self._read(1)[0]] = self._top()

    def _long_binput(self):
        self.memo[unpack('<I', self._read(4))[0]] = self._top()

    def _memoize(self):
        self.memo[len(self.memo)] = self._top()

    # Filling what was made.

    def _append(self):
        value = self._pop()
        self._top().append(value)

    def _appends(self):
        items = self._pop_mark()
        target = self._top()
        if isinstance(target, list):
            target.extend(items)
        else:
            append = target.append
            for item in items:
                append(item)

    def _setitem(self):
        value = self._pop()
        key = self._pop()
        self._top()[key] = value

    def _setitems(self):
        items = self._pop_mark()
        target = self._top()
        for i in range(0, len(items), 2):
            target[items[i]] = items[i + 1]

    def _additems(self):
        items = self._pop_mark()
        target = self._top()
        if isinstance(target, set):
            target.update(items)
        else:
            for item in items:
                target.add(item)

    def _build(self):
        state = self._pop()
        inst = self._top()
        setstate = getattr(inst, '__setstate__', None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            if not isinstance(state, dict):
                raise UnpicklingError('state is not a dictionary')
            for k, v in state.items():
                setattr(inst, k, v)
        if slotstate:
            if not isinstance(slotstate, dict):
                raise UnpicklingError('slot state is not a dictionary')
            for k, v in slotstate.items():
                setattr(inst, k, v)


_DISPATCH = {
    0x80: Unpickler._proto, 0x95: Unpickler._frame, ord('.'): Unpickler._stop_op,
    ord('('): Unpickler._mark, ord('0'): Unpickler._pop_op, ord('1'): Unpickler._pop_mark_op,
    ord('2'): Unpickler._dup, ord('N'): Unpickler._none, 0x88: Unpickler._true,
    0x89: Unpickler._false, ord('I'): Unpickler._int, ord('L'): Unpickler._long,
    ord('J'): Unpickler._binint, ord('K'): Unpickler._binint1, ord('M'): Unpickler._binint2,
    0x8a: Unpickler._long1, 0x8b: Unpickler._long4, ord('F'): Unpickler._float,
    ord('G'): Unpickler._binfloat, ord('V'): Unpickler._unicode,
    ord('X'): Unpickler._binunicode, 0x8d: Unpickler._binunicode8,
    0x8c: Unpickler._short_binunicode, ord('S'): Unpickler._string,
    ord('T'): Unpickler._binstring, ord('U'): Unpickler._short_binstring,
    ord('B'): Unpickler._binbytes, 0x8e: Unpickler._binbytes8,
    ord('C'): Unpickler._short_binbytes, 0x96: Unpickler._bytearray8,
    0x97: Unpickler._next_buffer, 0x98: Unpickler._readonly_buffer,
    ord('t'): Unpickler._tuple, ord(')'): Unpickler._empty_tuple, 0x85: Unpickler._tuple1,
    0x86: Unpickler._tuple2, 0x87: Unpickler._tuple3, ord(']'): Unpickler._empty_list,
    ord('}'): Unpickler._empty_dict, 0x8f: Unpickler._empty_set,
    0x91: Unpickler._frozenset, ord('l'): Unpickler._list, ord('d'): Unpickler._dict,
    ord('i'): Unpickler._inst, ord('o'): Unpickler._obj, 0x81: Unpickler._newobj,
    0x92: Unpickler._newobj_ex, ord('c'): Unpickler._global, 0x93: Unpickler._stack_global,
    0x82: Unpickler._ext1, 0x83: Unpickler._ext2, 0x84: Unpickler._ext4,
    ord('P'): Unpickler._persid, ord('Q'): Unpickler._binpersid, ord('R'): Unpickler._reduce,
    ord('g'): Unpickler._get, ord('h'): Unpickler._binget, ord('j'): Unpickler._long_binget,
    ord('p'): Unpickler._put, ord('q'): Unpickler._binput, ord('r'): Unpickler._long_binput,
    0x94: Unpickler._memoize, ord('a'): Unpickler._append, ord('e'): Unpickler._appends,
    ord('s'): Unpickler._setitem, ord('u'): Unpickler._setitems, 0x90: Unpickler._additems,
    ord('b'): Unpickler._build,
}


def load(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None):
    return Unpickler(file, fix_imports=fix_imports, encoding=encoding, errors=errors,
                     buffers=buffers).load()


def loads(data, /, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    unpickler = Unpickler(None, fix_imports=fix_imports, encoding=encoding, errors=errors,
                          buffers=buffers)
    unpickler._buf = bytes(data)
    return unpickler.load()
