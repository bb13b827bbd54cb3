"""multiprocessing.shared_memory: blocks of bytes that processes share by name.

A block is a kernel object of raw bytes (os/shm.rs) read and written in place,
known to the kernel by its name (Linux's /dev/shm), so any process can attach by name. `buf`
stands in for CPython's memoryview: indexing, slices (views of the same bytes),
bytes(), tobytes(), tolist(), assignment. ShareableList keeps its items in a
block with a layout of our own (CPython packs them with struct formats).
Not here: the resource tracker's warning about blocks never unlinked."""

__cpython_file__ = "/usr/lib/python3.11/multiprocessing/shared_memory.py"

import _kernel
import random as _random
import struct

__all__ = ['SharedMemory', 'ShareableList']

_names = _random.Random(int.from_bytes(_kernel.authkey()[24:32], 'big'))


def _make_filename():
    # CPython's: 'psm_' and 8 hex digits, made from os.urandom.
    return '/psm_%08x' % _names.getrandbits(32)


class _SharedView:
    """A view of bytes [start, stop) of a shared block, as a memoryview."""

    def __init__(self, handle, start, stop):
        self._handle = handle
        self._start = start
        self._stop = stop
        self._released = False

    def _check(self):
        if self._released:
            raise ValueError('operation forbidden on released memoryview object')

    def __len__(self):
        self._check()
        return self._stop - self._start

    nbytes = property(__len__)
    readonly = False
    format = 'B'
    itemsize = 1
    ndim = 1

    @property
    def shape(self):
        return (len(self),)

    def _range(self, key):
        n = len(self)
        if isinstance(key, slice):
            start, stop, step = key.indices(n)
            if step != 1:
                raise NotImplementedError('Interleave: memoryview slices with a step')
            return start, max(start, stop)
        if not isinstance(key, int):
            raise TypeError('memoryview: invalid slice key')
        if key < 0:
            key += n
        if not 0 <= key < n:
            raise IndexError('index out of bounds on dimension 1')
        return key, key + 1

    def __getitem__(self, key):
        start, stop = self._range(key)
        if isinstance(key, slice):
            return _SharedView(self._handle, self._start + start, self._start + stop)
        return _kernel.shm_read(self._handle, self._start + start, 1)[0]

    def __setitem__(self, key, value):
        start, stop = self._range(key)
        if isinstance(key, slice):
            data = bytes(value.tobytes() if isinstance(value, _SharedView) else value)
            if len(data) != stop - start:
                raise ValueError('memoryview assignment: lvalue and rvalue have different structures')
        else:
            if not isinstance(value, int):
                raise TypeError("memoryview: invalid type for format 'B'")
            if not 0 <= value < 256:
                raise ValueError("memoryview: invalid value for format 'B'")
            data = bytes([value])
        _kernel.shm_write(self._handle, self._start + start, data)

    def tobytes(self, order=None):
        self._check()
        return _kernel.shm_read(self._handle, self._start, self._stop - self._start)

    def tolist(self):
        return list(self.tobytes())

    def hex(self, *args):
        return self.tobytes().hex(*args)

    def __bytes__(self):
        return self.tobytes()

    def __iter__(self):
        return iter(self.tobytes())

    def __eq__(self, other):
        if isinstance(other, _SharedView):
            other = other.tobytes()
        if isinstance(other, (bytes, bytearray)):
            return self.tobytes() == bytes(other)
        return NotImplemented

    def release(self):
        self._released = True

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.release()

    def __repr__(self):
        if self._released:
            return '<released memory at %#x>' % id(self)
        return '<memory at %#x>' % id(self)


# Shown as the memoryview it stands for; found by its own name when sent.
_SharedView.__name__ = 'memoryview'


class SharedMemory:
    _buf = None

    def __init__(self, name=None, create=False, size=0):
        if not size >= 0:
            raise ValueError("'size' must be a positive integer")
        if create:
            if size == 0:
                raise ValueError("'size' must be a positive number different from zero")
        if name is None and not create:
            raise ValueError("'name' can only be None if create=True")
        if name is None:
            while True:
                name = _make_filename()
                handle = _kernel.shm_open(name, size)
                if handle is not None:
                    break
        else:
            if not name.startswith('/'):
                name = '/' + name
            handle = _kernel.shm_open(name, size if create else 0)
            if handle is None:
                if create:
                    raise FileExistsError(17, 'File exists', name)
                raise FileNotFoundError(2, 'No such file or directory', name)
            if not create:
                size = len(_kernel.shm_read(handle, 0, 1 << 31))
        self._name = name
        self._handle = handle
        self._size = size
        self._buf = _SharedView(handle, 0, size)

    def __del__(self):
        pass

    def __reduce__(self):
        return (self.__class__, (self.name, False, self.size))

    def __repr__(self):
        return f'{self.__class__.__name__}({self.name!r}, size={self.size})'

    @property
    def buf(self):
        return self._buf

    @property
    def name(self):
        return self._name[1:]

    @property
    def size(self):
        return self._size

    def close(self):
        if self._buf is not None:
            self._buf.release()
            self._buf = None

    def unlink(self):
        if _kernel.shm_unlink(self._name) is not None:
            raise FileNotFoundError(2, 'No such file or directory', self._name)


# ShareableList's layout: the count (8 bytes), then per item its kind and the
# bytes it may take (8 bytes: a letter and 7 of size), then the items' slots.
_KINDS = {int: 'q', float: 'd', bool: '?', str: 's', bytes: 'b', type(None): 'n'}


def _kind(value):
    kind = _KINDS.get(type(value))
    if kind is None:
        raise TypeError("ShareableList does not support items of type %r" % type(value).__name__)
    return kind


def _capacity(value):
    if isinstance(value, (str, bytes)):
        n = len(value.encode('utf-8') if isinstance(value, str) else value)
        return max(8, (n + 7) // 8 * 8)
    return 8


class ShareableList:
    def __init__(self, sequence=None, *, name=None):
        if name is None or sequence is not None:
            sequence = list(sequence or ())
            for value in sequence:
                _kind(value)
            kinds = [_kind(v) for v in sequence]
            sizes = [_capacity(v) for v in sequence]
            total = 8 + 8 * len(sequence) + sum(sizes)
            self.shm = SharedMemory(name, create=True, size=total)
            header = struct.pack('<q', len(sequence))
            for kind, size in zip(kinds, sizes):
                header += kind.encode() + size.to_bytes(7, 'little')
            self.shm.buf[:len(header)] = header
            self._layout(kinds, sizes)
            for i, value in enumerate(sequence):
                self._store(i, value)
        else:
            self.shm = SharedMemory(name)
            n = struct.unpack('<q', self.shm.buf[:8].tobytes())[0]
            header = self.shm.buf[8:8 + 8 * n].tobytes()
            kinds = [chr(header[8 * i]) for i in range(n)]
            sizes = [int.from_bytes(header[8 * i + 1:8 * i + 8], 'little') for i in range(n)]
            self._layout(kinds, sizes)

    def _layout(self, kinds, sizes):
        self._kinds = kinds
        self._sizes = sizes
        self._offsets = []
        at = 8 + 8 * len(kinds)
        for size in sizes:
            self._offsets.append(at)
            at += size

    def _index(self, position, assigning=False):
        n = len(self._kinds)
        if not isinstance(position, int):
            raise TypeError('list indices must be integers or slices, not %s' % type(position).__name__)
        if position < 0:
            position += n
        if not 0 <= position < n:
            raise IndexError('assignment index out of range' if assigning else 'index out of range')
        return position

    def _store(self, i, value):
        kind, size, at = self._kinds[i], self._sizes[i], self._offsets[i]
        if kind == 'q':
            data = struct.pack('<q', value)
        elif kind == 'd':
            data = struct.pack('<d', value)
        elif kind == '?':
            data = bytes([1 if value else 0]) + bytes(7)
        elif kind == 'n':
            data = bytes(8)
        else:
            raw = value.encode('utf-8') if kind == 's' else bytes(value)
            if len(raw) > size:
                raise ValueError('bytes/str item exceeds available storage')
            data = raw + bytes(size - len(raw))
        self.shm.buf[at:at + len(data)] = data

    def __getitem__(self, position):
        i = self._index(position)
        kind, size, at = self._kinds[i], self._sizes[i], self._offsets[i]
        raw = self.shm.buf[at:at + size].tobytes()
        if kind == 'q':
            return struct.unpack('<q', raw[:8])[0]
        if kind == 'd':
            return struct.unpack('<d', raw[:8])[0]
        if kind == '?':
            return bool(raw[0])
        if kind == 'n':
            return None
        raw = raw.rstrip(b'\x00')
        return raw.decode('utf-8') if kind == 's' else raw

    def __setitem__(self, position, value):
        i = self._index(position, True)
        kind = _kind(value)
        if kind in ('s', 'b') and _capacity(value) > self._sizes[i]:
            raise ValueError('bytes/str item exceeds available storage')
        # Any item fits where it fits: an int may take a str's place, and back.
        if kind != self._kinds[i]:
            self._kinds[i] = kind
            self.shm.buf[8 + 8 * i] = ord(kind)
        self._store(i, value)

    def __len__(self):
        return len(self._kinds)

    def __iter__(self):
        return (self[i] for i in range(len(self)))

    def __reduce__(self):
        return (self.__class__, (), {'name': self.shm.name})

    def __repr__(self):
        return f'{self.__class__.__name__}({list(self)}, name={self.shm.name!r})'

    @property
    def format(self):
        return ''.join({'q': 'q', 'd': 'd', '?': 'xxxxxxx?', 'n': 'xxxxxx?x'}.get(k, '%ds' % s)
                       for k, s in zip(self._kinds, self._sizes))

    def count(self, value):
        return sum(value == entry for entry in self)

    def index(self, value):
        for position, entry in enumerate(self):
            if value == entry:
                return position
        raise ValueError(f"{value!r} not in this container")
