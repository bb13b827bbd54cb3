# io: in-memory text and byte streams (StringIO, BytesIO) with CPython 3.11's
# methods and messages. They hold plain Python values: nothing here is a system
# call, so print(file=buf) or contextlib.redirect_stdout(buf) never reach the console.

import _kernel

UnsupportedOperation = _kernel.UnsupportedOperation
open = open
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class _Memory:
    """What StringIO and BytesIO share: a buffer, a position, open or closed."""

    def _check_open(self):
        if self._closed:
            raise ValueError(self._closed_message)

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True

    def isatty(self):
        self._check_open()
        return False

    def flush(self):
        self._check_open()

    def fileno(self):
        raise UnsupportedOperation('fileno')

    def tell(self):
        self._check_open()
        return self._pos

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def _size_arg(self, size):
        if size is None:
            return -1
        if not isinstance(size, int):
            raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
        return size

    def read(self, size=-1):
        self._check_open()
        size = self._size_arg(size)
        buf = self._buf
        end = len(buf) if size < 0 else min(len(buf), self._pos + size)
        if self._pos >= end:
            return self._empty
        data = buf[self._pos:end]
        self._pos = end
        return data

    def readline(self, size=-1):
        self._check_open()
        size = self._size_arg(size)
        buf = self._buf
        if self._pos >= len(buf):
            return self._empty
        end = buf.find(self._newline, self._pos)
        end = len(buf) if end < 0 else end + 1
        if size >= 0:
            end = min(end, self._pos + size)
        data = buf[self._pos:end]
        self._pos = end
        return data

    def readlines(self, hint=-1):
        self._check_open()
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                return lines

    def writelines(self, lines):
        self._check_open()
        for line in lines:
            self.write(line)

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError('negative size value %d' % size)
        self._buf = self._buf[:size]
        return size

    def getvalue(self):
        self._check_open()
        return self._buf

    def _write(self, data):
        n = len(data)
        if not n:
            return 0
        buf = self._buf
        pos = self._pos
        if pos > len(buf):
            buf = buf + self._pad * (pos - len(buf))
        self._buf = buf[:pos] + data + buf[pos + n:]
        self._pos = pos + n
        return n


class StringIO(_Memory):
    _closed_message = 'I/O operation on closed file'
    _empty = ''
    _newline = '\n'
    _pad = '\0'

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %r' % (newline,))
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s" % type(initial_value).__name__)
        self._closed = False
        self._buf = initial_value
        self._pos = 0
        self._newline_mode = newline

    def write(self, s):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError('string argument expected, got %r' % type(s).__name__)
        if self._newline_mode not in (None, '', '\n'):
            s = s.replace('\n', self._newline_mode)
        return self._write(s)

    def seek(self, pos, whence=0):
        self._check_open()
        if whence == 0:
            if pos < 0:
                raise ValueError('Negative seek position %d' % pos)
            self._pos = pos
        elif whence in (1, 2):
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
            if whence == 2:
                self._pos = len(self._buf)
        else:
            raise ValueError('Invalid whence (%d, should be 0, 1 or 2)' % whence)
        return self._pos

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None

    def __repr__(self):
        return '<_io.StringIO object at %s>' % hex(id(self))


class BytesIO(_Memory):
    _closed_message = 'I/O operation on closed file.'
    _empty = b''
    _newline = b'\n'
    _pad = b'\0'

    def __init__(self, initial_bytes=b''):
        self._closed = False
        self._buf = bytes(initial_bytes) if initial_bytes is not None else b''
        self._pos = 0

    def write(self, b):
        self._check_open()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        return self._write(bytes(b))

    def read1(self, size=-1):
        return self.read(size)

    def getbuffer(self):
        self._check_open()
        return bytearray(self._buf)

    def seek(self, pos, whence=0):
        self._check_open()
        if whence == 0:
            if pos < 0:
                raise ValueError('negative seek value %d' % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError('invalid whence (%d, should be 0, 1 or 2)' % whence)
        return self._pos

    def __repr__(self):
        return '<_io.BytesIO object at %s>' % hex(id(self))


StringIO.__module__ = '_io'
BytesIO.__module__ = '_io'
