"""array: compact arrays of numbers of one C type. Kept as a list of Python numbers
checked against the type's range (as CPython stores them in C); tobytes/frombytes
pack them as the machine does (little-endian, Linux x86-64's sizes)."""

import struct as _struct

__all__ = ['ArrayType', 'array', 'typecodes']

typecodes = 'bBuhHiIlLqQfd'

# typecode -> (struct format, size, lowest, highest, name in CPython's overflow errors)
_TYPES = {
    'b': ('b', 1, -2 ** 7, 2 ** 7 - 1, 'signed char'),
    'B': ('B', 1, 0, 2 ** 8 - 1, 'unsigned byte integer'),
    'h': ('h', 2, -2 ** 15, 2 ** 15 - 1, 'signed short integer'),
    'H': ('H', 2, 0, 2 ** 16 - 1, 'unsigned short'),
    'i': ('i', 4, -2 ** 31, 2 ** 31 - 1, 'signed integer'),
    'I': ('I', 4, 0, 2 ** 32 - 1, 'unsigned int'),
    'l': ('q', 8, -2 ** 63, 2 ** 63 - 1, 'C long'),
    'L': ('Q', 8, 0, 2 ** 64 - 1, 'unsigned long'),
    'q': ('q', 8, -2 ** 63, 2 ** 63 - 1, 'C long long'),
    'Q': ('Q', 8, 0, 2 ** 64 - 1, 'unsigned long long'),
    'f': ('f', 4, None, None, None),
    'd': ('d', 8, None, None, None),
    'u': ('I', 4, None, None, None),
}


def _convert(typecode, value):
    fmt, size, low, high, name = _TYPES[typecode]
    if typecode == 'u':
        if not isinstance(value, str) or len(value) != 1:
            raise TypeError('array item must be unicode character')
        return value
    if typecode in 'fd':
        if not isinstance(value, (int, float)):
            raise TypeError('must be real number, not %s' % type(value).__name__)
        value = float(value)
        if typecode == 'f':
            value = _struct.unpack('<f', _struct.pack('<f', value))[0]
        return value
    if not isinstance(value, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    if typecode in 'lq' and not low <= value <= high:
        raise OverflowError('Python int too large to convert to C long')
    if typecode in 'ILQ' and value < 0:
        raise OverflowError("can't convert negative value to unsigned %s" % ('int' if typecode == 'I' else 'long'))
    if value > high:
        raise OverflowError('%s is greater than maximum' % name)
    if value < low:
        raise OverflowError('%s is less than minimum' % name)
    return value


class array:
    def __init__(self, typecode, initializer=None):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError('array() argument 1 must be a unicode character, not %s' % type(typecode).__name__)
        if typecode not in _TYPES:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
        self._typecode = typecode
        self._items = []
        if initializer is None:
            return
        if isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError("cannot use a str to initialize an array with typecode '%s'" % typecode)
            self._items = list(initializer)
        else:
            self.extend(initializer)

    typecode = property(lambda self: self._typecode)
    itemsize = property(lambda self: _TYPES[self._typecode][1])

    def _new(self, items):
        result = array(self._typecode)
        result._items = items
        return result

    def _same(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend with array (not "%s")' % type(other).__name__)
        if other._typecode != self._typecode:
            raise TypeError('bad argument type for built-in operation')

    def append(self, value):
        self._items.append(_convert(self._typecode, value))

    def extend(self, iterable):
        if isinstance(iterable, array):
            self._same(iterable)
            self._items.extend(iterable._items)
            return
        for value in iterable:
            self.append(value)

    def insert(self, i, value):
        self._items.insert(i, _convert(self._typecode, value))

    def pop(self, i=-1):
        if not self._items:
            raise IndexError('pop from empty array')
        return self._items.pop(i)

    def remove(self, value):
        try:
            self._items.remove(value)
        except ValueError:
            raise ValueError('array.remove(x): x not in array') from None

    def index(self, value, start=0, stop=None):
        for i in range(start, len(self._items) if stop is None else min(stop, len(self._items))):
            if self._items[i] == value:
                return i
        raise ValueError('array.index(x): x not in array')

    def count(self, value):
        return self._items.count(value)

    def reverse(self):
        self._items.reverse()

    def tolist(self):
        return list(self._items)

    def fromlist(self, items):
        if not isinstance(items, list):
            raise TypeError('arg must be list')
        self.extend(items)

    def _format(self, n):
        return '<%d%s' % (n, _TYPES[self._typecode][0])

    def tobytes(self):
        items = [ord(c) for c in self._items] if self._typecode == 'u' else self._items
        return _struct.pack(self._format(len(items)), *items)

    def frombytes(self, data):
        data = bytes(data)
        size = self.itemsize
        if len(data) % size:
            raise ValueError('bytes length not a multiple of item size')
        values = _struct.unpack(self._format(len(data) // size), data)
        if self._typecode == 'u':
            values = [chr(v) for v in values]
        self._items.extend(values)

    def tounicode(self):
        if self._typecode != 'u':
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return ''.join(self._items)

    def byteswap(self):
        size = self.itemsize
        data = self.tobytes()
        swapped = b''.join(data[i:i + size][::-1] for i in range(0, len(data), size))
        self._items = []
        self.frombytes(swapped)

    def buffer_info(self):
        return (id(self), len(self._items))

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._new(self._items[index])
        try:
            return self._items[index]
        except IndexError:
            raise IndexError('array index out of range') from None

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            if not isinstance(value, array):
                raise TypeError('can only assign array (not "%s") to array slice' % type(value).__name__)
            self._same(value)
            self._items[index] = value._items
            return
        try:
            self._items[index] = _convert(self._typecode, value)
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __delitem__(self, index):
        del self._items[index]

    def __contains__(self, value):
        return value in self._items

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items == other._items

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array' % type(other).__name__)
        self._same(other)
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        self._same(other)
        self._items.extend(other._items)
        return self

    def __mul__(self, n):
        return self._new(self._items * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= n
        return self

    def __repr__(self):
        if not self._items:
            return "array('%s')" % self._typecode
        if self._typecode == 'u':
            return "array('u', %r)" % ''.join(self._items)
        return "array('%s', %r)" % (self._typecode, self._items)

    def __reduce__(self):
        return (array, (self._typecode, self._items))


ArrayType = array
