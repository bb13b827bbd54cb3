# pickle: values as CPython 3.11's pickles, byte for byte, and back.
#
# The bytes are the C pickler's (_pickle.c), which is what `pickle.dumps` runs in
# CPython: the same opcodes, the same memo numbering, the same frames at protocol
# 4 and 5, the same batches of 1,000 (and, as the C pickler does, an empty batch
# after a dict or set whose size is a multiple of 1,000). Its errors are the C
# pickler's too (`_pickle.PicklingError`, "attribute lookup ... failed").
#
# This module writes; `_unpickler` reads. Values sent between processes by
# multiprocessing do not come through here (python/serial.rs carries them).

import _kernel
import _codecs
import copyreg
from _struct import pack
from _unpickler import Unpickler, load, loads, _find_module

PickleError = _kernel.PickleError
PicklingError = _kernel.PicklingError
UnpicklingError = _kernel.UnpicklingError

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler",
           "Unpickler", "dump", "dumps", "load", "loads"]

_FRAME_SIZE_MIN = 4
_FRAME_SIZE_TARGET = 64 * 1024
_BATCHSIZE = 1000

# Protocols 0-2 name Python 2's modules and names, as CPython's fix_imports does
# (_compat_pickle's reverse tables, for what this library can pickle).
_PY2_MODULES = {'builtins': '__builtin__', 'copyreg': 'copy_reg', 'queue': 'Queue',
                '_thread': 'thread', '_functools': 'functools', '_pickle': 'pickle',
                'socketserver': 'SocketServer'}
_PY2_NAMES = {('builtins', 'range'): ('__builtin__', 'xrange'),
              ('builtins', 'str'): ('__builtin__', 'unicode'),
              ('builtins', 'int'): ('__builtin__', 'long'),
              ('builtins', 'chr'): ('__builtin__', 'unichr'),
              ('builtins', 'zip'): ('itertools', 'izip'),
              ('builtins', 'map'): ('itertools', 'imap'),
              ('builtins', 'filter'): ('itertools', 'ifilter'),
              ('functools', 'reduce'): ('__builtin__', 'reduce'),
              ('itertools', 'filterfalse'): ('itertools', 'ifilterfalse'),
              ('itertools', 'zip_longest'): ('itertools', 'izip_longest')}
for _name in ('ArithmeticError', 'AssertionError', 'AttributeError', 'BaseException',
              'BufferError', 'BytesWarning', 'DeprecationWarning', 'EOFError',
              'EnvironmentError', 'Exception', 'FloatingPointError', 'FutureWarning',
              'GeneratorExit', 'IOError', 'ImportError', 'ImportWarning',
              'IndentationError', 'IndexError', 'KeyError', 'KeyboardInterrupt',
              'LookupError', 'MemoryError', 'NameError', 'NotImplementedError', 'OSError',
              'OverflowError', 'PendingDeprecationWarning', 'ReferenceError',
              'RuntimeError', 'RuntimeWarning', 'StopIteration', 'SyntaxError',
              'SyntaxWarning', 'SystemError', 'SystemExit', 'TabError', 'TypeError',
              'UnboundLocalError', 'UnicodeDecodeError', 'UnicodeEncodeError',
              'UnicodeError', 'UnicodeTranslateError', 'UnicodeWarning', 'UserWarning',
              'ValueError', 'Warning', 'ZeroDivisionError'):
    _PY2_NAMES[('builtins', _name)] = ('exceptions', _name)
for _name in ('BrokenPipeError', 'ChildProcessError', 'ConnectionAbortedError',
              'ConnectionError', 'ConnectionRefusedError', 'ConnectionResetError',
              'FileExistsError', 'FileNotFoundError', 'InterruptedError',
              'IsADirectoryError', 'NotADirectoryError', 'PermissionError',
              'ProcessLookupError', 'TimeoutError'):
    _PY2_NAMES[('builtins', _name)] = ('exceptions', 'OSError')
_PY2_NAMES[('builtins', 'ModuleNotFoundError')] = ('exceptions', 'ImportError')

_FunctionType = type(lambda: 0)
_BuiltinType = type(len)

# The types whose instances have no state of their own to pickle: object() and the
# built-in types a subclass may extend.
_PLAIN_BASES = (object, list, dict, int, float, str, bytes, tuple, set, frozenset, bytearray)


def _encode_long(x):
    # Two's complement, little-endian, in as few bytes as hold the sign.
    if x == 0:
        return b''
    nbytes = (x.bit_length() >> 3) + 1
    result = x.to_bytes(nbytes, 'little', signed=True)
    if x < 0 and nbytes > 1 and result[-1] == 0xff and (result[-2] & 0x80) != 0:
        result = result[:-1]
    return result


def _raw_unicode_escape(s):
    # Protocol 0's text: Latin-1 where it can be, \u escapes where a line-based
    # reader could trip (backslash, NUL, newlines, ^Z) or Latin-1 cannot say it.
    out = bytearray()
    for ch in s:
        c = ord(ch)
        if c >= 0x10000:
            out += ('\\U%08x' % c).encode('ascii')
        elif c >= 256 or c in (0x5c, 0, 0x0a, 0x0d, 0x1a):
            out += ('\\u%04x' % c).encode('ascii')
        else:
            out.append(c)
    return bytes(out)


def _memo_key(obj):
    # A str here is a value, not an object with an identity of its own: equal
    # strings share one memo entry (as CPython's interned names and constants do).
    return obj if type(obj) is str else id(obj)


def _getattribute(obj, qualname):
    # (the object a dotted name leads to, its parent); a '<locals>' step cannot lead.
    parent = None
    for part in qualname.split('.'):
        if part == '<locals>':
            raise AttributeError("Can't pickle local object %r" % qualname)
        parent = obj
        obj = getattr(obj, part)
    return obj, parent


def _whichmodule(obj, name):
    # Where obj says it lives; else where a built-in of that name is (Ellipsis).
    module_name = getattr(obj, '__module__', None)
    if module_name is not None:
        return module_name
    builtins = _find_module('builtins')
    if getattr(builtins, name, None) is obj:
        return 'builtins'
    return '__main__'


class Pickler:
    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute")
        self.proto = protocol
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3
        self.memo = {}
        self._frame = None

    def clear_memo(self):
        self.memo.clear()

    def dump(self, obj):
        if self.proto >= 2:
            self._file_write(b'\x80' + pack('<B', self.proto))
        if self.proto >= 4:
            self._frame = bytearray()
        self.save(obj)
        self.write(b'.')
        self._commit_frame(True)
        self._frame = None

    # Output, in frames of about 64 KiB at protocol 4 and above.

    def write(self, data):
        if self._frame is not None:
            self._frame += data
        else:
            self._file_write(data)

    def _commit_frame(self, force=False):
        frame = self._frame
        if frame is None or not (force or len(frame) >= _FRAME_SIZE_TARGET):
            return
        if len(frame) >= _FRAME_SIZE_MIN:
            self._file_write(b'\x95' + pack('<Q', len(frame)))
        if frame:
            self._file_write(bytes(frame))
        self._frame = bytearray()

    def _write_large(self, header, payload):
        # A payload as big as a frame goes out on its own, outside any frame.
        if self._frame is not None:
            self._commit_frame(True)
        self._file_write(header)
        self._file_write(payload)

    # The memo: each object written once, fetched again by its index.

    def memoize(self, obj):
        if self.fast:
            return
        idx = len(self.memo)
        self.write(self._put(idx))
        self.memo[_memo_key(obj)] = idx, obj

    def _put(self, idx):
        if self.proto >= 4:
            return b'\x94'
        if self.bin:
            if idx < 256:
                return b'q' + pack('<B', idx)
            return b'r' + pack('<I', idx)
        return b'p' + repr(idx).encode('ascii') + b'\n'

    def _get(self, idx):
        if self.bin:
            if idx < 256:
                return b'h' + pack('<B', idx)
            return b'j' + pack('<I', idx)
        return b'g' + repr(idx).encode('ascii') + b'\n'

    def persistent_id(self, obj):
        return None

    def save(self, obj, save_persistent_id=True):
        self._commit_frame()
        pid = self.persistent_id(obj)
        if pid is not None and save_persistent_id:
            self._save_pers(pid)
            return
        t = type(obj)
        if t in _ATOMS:
            # Never memoized: written before the memo is looked at, as the C pickler does.
            _ATOMS[t](self, obj)
            return
        x = self.memo.get(_memo_key(obj))
        if x is not None:
            self.write(self._get(x[0]))
            return
        saver = _SAVERS.get(t)
        if saver is not None:
            saver(self, obj)
            return
        table = getattr(self, 'dispatch_table', None)
        if table is None:
            table = copyreg.dispatch_table
        reduce = table.get(t)
        if reduce is not None:
            rv = reduce(obj)
        elif isinstance(obj, type):
            self.save_global(obj)
            return
        else:
            rv = _reduce(obj, self.proto)
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        if not 2 <= len(rv) <= 6:
            raise PicklingError("tuple returned by __reduce__ must contain 2 through 6 elements")
        self.save_reduce(*rv, obj=obj)

    def _save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self.write(b'Q')
        else:
            self.write(b'P' + str(pid).encode('ascii') + b'\n')

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None,
                    state_setter=None, *, obj=None):
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ must be a tuple")
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ must be callable")
        func_name = getattr(func, '__name__', '')
        if self.proto >= 2 and func_name == '__newobj_ex__':
            cls, args, kwargs = args
            if self.proto >= 4:
                self.save(cls)
                self.save(args)
                self.save(kwargs)
                self.write(b'\x92')
            else:
                import functools
                self.save(functools.partial(cls.__new__, cls, *args, **kwargs))
                self.save(())
                self.write(b'R')
        elif self.proto >= 2 and func_name == '__newobj__':
            cls = args[0]
            if not hasattr(cls, '__new__'):
                raise PicklingError("args[0] from __newobj__ args has no __new__")
            if obj is not None and cls is not type(obj):
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            self.save(cls)
            self.save(args[1:])
            self.write(b'\x81')
        else:
            self.save(func)
            self.save(args)
            self.write(b'R')
        if obj is not None:
            if id(obj) in self.memo:
                # The arguments led back to obj: what was built is thrown away.
                self.write(b'0' + self._get(self.memo[id(obj)][0]))
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems, None)
        if state is not None:
            if state_setter is None:
                self.save(state)
                self.write(b'b')
            else:
                self.save(state_setter)
                self.save(obj)
                self.save(state)
                self.write(b'\x86R0')

    # The built-in types.

    def save_none(self, obj):
        self.write(b'N')

    def save_bool(self, obj):
        if self.proto >= 2:
            self.write(b'\x88' if obj else b'\x89')
        else:
            self.write(b'I01\n' if obj else b'I00\n')

    def save_long(self, obj):
        if self.bin:
            if obj >= 0:
                if obj <= 0xff:
                    self.write(b'K' + pack('<B', obj))
                    return
                if obj <= 0xffff:
                    self.write(b'M' + pack('<H', obj))
                    return
            if -0x80000000 <= obj <= 0x7fffffff:
                self.write(b'J' + pack('<i', obj))
                return
        if self.proto >= 2:
            encoded = _encode_long(obj)
            n = len(encoded)
            if n < 256:
                self.write(b'\x8a' + pack('<B', n) + encoded)
            else:
                self.write(b'\x8b' + pack('<i', n) + encoded)
            return
        if -0x80000000 <= obj <= 0x7fffffff:
            self.write(b'I' + repr(obj).encode('ascii') + b'\n')
        else:
            self.write(b'L' + repr(obj).encode('ascii') + b'L\n')

    def save_float(self, obj):
        if self.bin:
            self.write(b'G' + pack('>d', obj))
        else:
            self.write(b'F' + repr(obj).encode('ascii') + b'\n')

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self.save_reduce(_codecs.encode, (str(obj, 'latin1'), 'latin1'), obj=obj)
            return
        n = len(obj)
        if n <= 0xff:
            self.write(b'C' + pack('<B', n) + obj)
        elif n > 0xffffffff and self.proto >= 4:
            self._write_large(b'\x8e' + pack('<Q', n), obj)
        elif n >= _FRAME_SIZE_TARGET and self._frame is not None:
            self._write_large(b'B' + pack('<I', n), obj)
        else:
            self.write(b'B' + pack('<I', n) + obj)
        self.memoize(obj)

    def save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:
                self.save_reduce(bytearray, (), obj=obj)
            else:
                self.save_reduce(bytearray, (bytes(obj),), obj=obj)
            return
        n = len(obj)
        if n >= _FRAME_SIZE_TARGET:
            self._write_large(b'\x96' + pack('<Q', n), bytes(obj))
        else:
            self.write(b'\x96' + pack('<Q', n) + bytes(obj))
        self.memoize(obj)

    def save_str(self, obj):
        if self.bin:
            encoded = obj.encode('utf-8', 'surrogatepass')
            n = len(encoded)
            if n <= 0xff and self.proto >= 4:
                self.write(b'\x8c' + pack('<B', n) + encoded)
            elif n > 0xffffffff and self.proto >= 4:
                self._write_large(b'\x8d' + pack('<Q', n), encoded)
            elif n >= _FRAME_SIZE_TARGET and self._frame is not None:
                self._write_large(b'X' + pack('<I', n), encoded)
            else:
                self.write(b'X' + pack('<I', n) + encoded)
        else:
            self.write(b'V' + _raw_unicode_escape(obj) + b'\n')
        self.memoize(obj)

    def save_tuple(self, obj):
        if not obj:
            self.write(b')' if self.bin else b'(t')
            return
        n = len(obj)
        if n <= 3 and self.proto >= 2:
            for element in obj:
                self.save(element)
            if id(obj) in self.memo:
                # An element led back to this tuple: it exists already.
                self.write(b'0' * n + self._get(self.memo[id(obj)][0]))
            else:
                self.write(b'\x85\x86\x87'[n - 1:n])
                self.memoize(obj)
            return
        self.write(b'(')
        for element in obj:
            self.save(element)
        if id(obj) in self.memo:
            got = self._get(self.memo[id(obj)][0])
            if self.bin:
                self.write(b'1' + got)
            else:
                self.write(b'0' * (n + 1) + got)
            return
        self.write(b't')
        self.memoize(obj)

    def save_list(self, obj):
        self.write(b']' if self.bin else b'(l')
        self.memoize(obj)
        self._batch_appends(obj)

    def _batch_appends(self, items):
        if not self.bin:
            for x in items:
                self.save(x)
                self.write(b'a')
            return
        if isinstance(items, list):
            # The C pickler walks a list by index, batch after batch.
            total = len(items)
            if total == 0:
                return
            if total == 1:
                self.save(items[0])
                self.write(b'a')
                return
            i = 0
            while True:
                self.write(b'(')
                this_batch = 0
                while i < len(items):
                    self.save(items[i])
                    i += 1
                    this_batch += 1
                    if this_batch == _BATCHSIZE:
                        break
                self.write(b'e')
                if i >= len(items):
                    return
        it = iter(items)
        while True:
            batch = []
            for x in it:
                batch.append(x)
                if len(batch) == _BATCHSIZE:
                    break
            n = len(batch)
            if n > 1:
                self.write(b'(')
                for x in batch:
                    self.save(x)
                self.write(b'e')
            elif n:
                self.save(batch[0])
                self.write(b'a')
            if n < _BATCHSIZE:
                return

    def save_dict(self, obj):
        self.write(b'}' if self.bin else b'(d')
        self.memoize(obj)
        self._batch_setitems(obj.items(), obj)

    def _batch_setitems(self, items, exact):
        if not self.bin:
            for k, v in items:
                self.save(k)
                self.save(v)
                self.write(b's')
            return
        if exact is not None:
            # A dict itself: one SETITEM for one item, else batches, and one more
            # (empty) batch after a full one, as the C pickler writes.
            if not exact:
                return
            if len(exact) == 1:
                for k, v in items:
                    self.save(k)
                    self.save(v)
                self.write(b's')
                return
            it = iter(items)
            while True:
                self.write(b'(')
                i = 0
                for k, v in it:
                    self.save(k)
                    self.save(v)
                    i += 1
                    if i == _BATCHSIZE:
                        break
                self.write(b'u')
                if i != _BATCHSIZE:
                    return
        it = iter(items)
        while True:
            batch = []
            for item in it:
                batch.append(item)
                if len(batch) == _BATCHSIZE:
                    break
            n = len(batch)
            if n > 1:
                self.write(b'(')
                for k, v in batch:
                    self.save(k)
                    self.save(v)
                self.write(b'u')
            elif n:
                k, v = batch[0]
                self.save(k)
                self.save(v)
                self.write(b's')
            if n < _BATCHSIZE:
                return

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        self.write(b'\x8f')
        self.memoize(obj)
        if not obj:
            return
        it = iter(obj)
        while True:
            self.write(b'(')
            i = 0
            for item in it:
                self.save(item)
                i += 1
                if i == _BATCHSIZE:
                    break
            self.write(b'\x90')
            if i != _BATCHSIZE:
                return

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        self.write(b'(')
        for item in obj:
            self.save(item)
        if id(obj) in self.memo:
            self.write(b'1' + self._get(self.memo[id(obj)][0]))
            return
        self.write(b'\x91')
        self.memoize(obj)

    # Classes and functions by reference: the module and qualified name.

    def save_global(self, obj, name=None):
        if name is None:
            name = getattr(obj, '__qualname__', None)
        if name is None:
            name = obj.__name__
        module_name = _whichmodule(obj, name)
        try:
            module = _find_module(module_name)
        except ImportError:
            raise PicklingError("Can't pickle %r: import of module %r failed"
                                % (obj, module_name)) from None
        try:
            obj2, parent = _getattribute(module, name)
        except AttributeError as e:
            if "Can't pickle local object" in str(e):
                raise
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                                % (obj, name, module_name)) from None
        if obj2 is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                                % (obj, module_name, name))
        lastname = name.rpartition('.')[2]
        if parent is module:
            name = lastname
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            self.write(b'\x93')
        elif parent is not module:
            self.save_reduce(getattr, (parent, lastname))
        elif self.proto >= 3:
            self.write(b'c' + module_name.encode('utf-8') + b'\n' + name.encode('utf-8') + b'\n')
        else:
            if self.fix_imports:
                if (module_name, name) in _PY2_NAMES:
                    module_name, name = _PY2_NAMES[(module_name, name)]
                elif module_name in _PY2_MODULES:
                    module_name = _PY2_MODULES[module_name]
            try:
                line = b'c' + module_name.encode('ascii') + b'\n' + name.encode('ascii') + b'\n'
            except UnicodeEncodeError:
                raise PicklingError("can't pickle global identifier '%s.%s' using pickle protocol %i"
                                    % (module_name, name, self.proto)) from None
            self.write(line)
        self.memoize(obj)

    def save_type(self, obj):
        if obj is type(None):
            return self.save_reduce(type, (None,), obj=obj)
        if obj is type(NotImplemented):
            return self.save_reduce(type, (NotImplemented,), obj=obj)
        if obj is type(...):
            return self.save_reduce(type, (...,), obj=obj)
        return self.save_global(obj)


_ATOMS = {
    type(None): Pickler.save_none,
    bool: Pickler.save_bool,
    int: Pickler.save_long,
    float: Pickler.save_float,
}

_SAVERS = {
    bytes: Pickler.save_bytes,
    bytearray: Pickler.save_bytearray,
    str: Pickler.save_str,
    tuple: Pickler.save_tuple,
    list: Pickler.save_list,
    dict: Pickler.save_dict,
    set: Pickler.save_set,
    frozenset: Pickler.save_frozenset,
    _FunctionType: Pickler.save_global,
    type: Pickler.save_type,
}


def _reduce(obj, proto):
    """What `obj.__reduce_ex__(proto)` gives in CPython: the class's own
    __reduce_ex__ or __reduce__ when it has one, else object's."""
    cls = type(obj)
    reduce_ex = getattr(cls, '__reduce_ex__', None)
    if reduce_ex is not None:
        return reduce_ex(obj, proto)
    reduce = getattr(cls, '__reduce__', None)
    if reduce is not None:
        return reduce(obj)
    if cls is _BuiltinType:
        owner = getattr(obj, '__self__', None)
        if owner is not None and not _is_module(owner):
            return getattr, (owner, obj.__name__)
        return obj.__qualname__
    if obj is ... or obj is NotImplemented:
        return 'Ellipsis' if obj is ... else 'NotImplemented'
    if cls is range:
        return range, (obj.start, obj.stop, obj.step)
    if cls is slice:
        return slice, (obj.start, obj.stop, obj.step)
    if isinstance(obj, BaseException):
        state = getattr(obj, '__dict__', None)
        if state:
            return cls, obj.args, state
        return cls, obj.args
    base = _builtin_base(cls)
    if base is None:
        raise TypeError("cannot pickle %r object" % cls.__name__)
    if proto >= 2:
        return _reduce_newobj(obj, cls)
    return _reduce_old(obj, cls, base, proto)


def _is_module(obj):
    return type(obj).__name__ == 'module'


def _builtin_base(cls):
    # The built-in type an instance's class extends; None for the library's own
    # objects that CPython refuses (generators, modules, files, ...).
    if cls.__module__ == 'builtins' and cls is not object:
        return None
    for base in cls.__mro__:
        if base in _PLAIN_BASES:
            return base
    return object


def _state(obj, cls):
    # object.__getstate__: the instance's __dict__ (None when empty), with its
    # slots' values beside it when the class has slots.
    getstate = getattr(cls, '__getstate__', None)
    if getstate is not None:
        return getstate(obj)
    state = getattr(obj, '__dict__', None) or None
    names = copyreg._slotnames(cls)
    if names:
        slots = {}
        for name in names:
            try:
                slots[name] = getattr(obj, name)
            except AttributeError:
                pass
        if state is not None:
            state = {k: v for k, v in state.items() if k not in names} or None
        if slots:
            return state, slots
    return state


def _reduce_newobj(obj, cls):
    kwargs = None
    getnewargs_ex = getattr(cls, '__getnewargs_ex__', None)
    if getnewargs_ex is not None:
        args, kwargs = getnewargs_ex(obj)
    else:
        getnewargs = getattr(cls, '__getnewargs__', None)
        args = getnewargs(obj) if getnewargs is not None else ()
    state = _state(obj, cls)
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    if kwargs:
        return copyreg.__newobj_ex__, (cls, tuple(args), kwargs), state, listitems, dictitems
    return copyreg.__newobj__, (cls,) + tuple(args), state, listitems, dictitems


def _reduce_old(obj, cls, base, proto):
    # copyreg._reduce_ex: protocols 0 and 1 rebuild through copyreg._reconstructor.
    if base is object:
        args = (cls, object, None)
    else:
        args = (cls, base, base(obj))
    getstate = getattr(cls, '__getstate__', None)
    if getstate is None and copyreg._slotnames(cls):
        raise TypeError("a class that defines __slots__ without defining __getstate__ "
                        "cannot be pickled")
    state = getstate(obj) if getstate is not None else getattr(obj, '__dict__', None)
    if state:
        return copyreg._reconstructor, args, state
    return copyreg._reconstructor, args


class _Collector:
    def __init__(self):
        self.parts = []

    def write(self, data):
        self.parts.append(data)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    out = _Collector()
    Pickler(out, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    return b''.join(out.parts)


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
