# struct: values packed into bytes and back (the packing is native: _struct).
import _struct


error = _struct.error


def calcsize(format):
    return _struct.calcsize(format)


def pack(format, *values):
    return _struct.pack(format, *values)


def unpack(format, buffer):
    return _struct.unpack(format, buffer)


def unpack_from(format, buffer, offset=0):
    return _struct.unpack(format, buffer, offset)


def iter_unpack(format, buffer):
    size = calcsize(format)
    if size == 0 or len(buffer) % size:
        raise error(f"iterative unpacking requires a buffer of a multiple of {size} bytes")
    for at in range(0, len(buffer), size):
        yield unpack_from(format, buffer, at)


class Struct:
    def __init__(self, format):
        self.format = format
        self.size = calcsize(format)

    def pack(self, *values):
        return pack(self.format, *values)

    def unpack(self, buffer):
        return unpack(self.format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self.format, buffer, offset)

    def iter_unpack(self, buffer):
        return iter_unpack(self.format, buffer)
