"""Loopback sockets over the simulated kernel (see README.md, os/net.rs, os/datagram.rs).

TCP (AF_INET/SOCK_STREAM), UDP (AF_INET/SOCK_DGRAM) and socketpair() (an AF_UNIX
stream pair), and only this machine: '127.0.0.1', 'localhost', '0.0.0.0' and '' all
name it. Errors are CPython's ("[Errno 111] Connection refused").
"""

__cpython_file__ = "/usr/lib/python3.11/socket.py"

import _kernel

AF_UNIX = 1
AF_INET = 2
AF_INET6 = 10
SOCK_STREAM = 1
SOCK_DGRAM = 2
SOCK_RAW = 3
IPPROTO_TCP = 6
IPPROTO_UDP = 17
SOL_SOCKET = 1
SO_REUSEADDR = 2
SO_KEEPALIVE = 9
SO_SNDBUF = 7
SO_RCVBUF = 8
SO_REUSEPORT = 15
TCP_NODELAY = 1
SHUT_RD = 0
SHUT_WR = 1
SHUT_RDWR = 2
SOMAXCONN = 4096
INADDR_ANY = 0

error = OSError
timeout = TimeoutError


class herror(OSError):
    pass


class gaierror(OSError):
    pass


_HOSTNAME = 'interleave'
_default_timeout = None

__all__ = ['socket', 'socketpair', 'error', 'timeout', 'herror', 'gaierror', 'create_connection', 'create_server',
           'gethostname', 'gethostbyname', 'getdefaulttimeout', 'setdefaulttimeout',
           'AF_UNIX', 'AF_INET', 'AF_INET6', 'SOCK_STREAM', 'SOCK_DGRAM', 'SOCK_RAW',
           'IPPROTO_TCP', 'IPPROTO_UDP', 'SOL_SOCKET', 'SO_REUSEADDR', 'SO_KEEPALIVE',
           'SO_SNDBUF', 'SO_RCVBUF', 'SO_REUSEPORT', 'TCP_NODELAY', 'SHUT_RD', 'SHUT_WR',
           'SHUT_RDWR', 'SOMAXCONN', 'INADDR_ANY']


def gethostname():
    return _HOSTNAME


def _resolve(host):
    """A host name or dotted quad as the dotted quad the kernel routes by."""
    if isinstance(host, (bytes, bytearray)):
        host = bytes(host).decode('ascii')
    if not isinstance(host, str):
        raise TypeError('str, bytes or bytearray expected, not %s' % type(host).__name__)
    if host == '':
        return '0.0.0.0'
    if host == '<broadcast>':
        return '255.255.255.255'
    if host.lower() == 'localhost' or host == _HOSTNAME:
        return '127.0.0.1'
    parts = host.split('.')
    if len(parts) == 4 and all(p.isdigit() and int(p) <= 255 for p in parts):
        return '.'.join(str(int(p)) for p in parts)
    raise gaierror(-2, 'Name or service not known')


def gethostbyname(host):
    ip = _resolve(host)
    return '127.0.0.1' if ip == '0.0.0.0' else ip


def getdefaulttimeout():
    return _default_timeout


def setdefaulttimeout(timeout):
    global _default_timeout
    _default_timeout = _check_timeout(timeout)


def _check_timeout(value):
    if value is None:
        return None
    value = float(value)
    if value < 0:
        raise ValueError('Timeout value out of range')
    return value


def _address(method, address):
    if not isinstance(address, tuple):
        raise TypeError('%s(): AF_INET address must be tuple, not %s' % (method, type(address).__name__))
    if len(address) != 2:
        raise TypeError('AF_INET address must be a pair (host, port)')
    host, port = address
    ip = _resolve(host)
    if not isinstance(port, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(port).__name__)
    if not 0 <= port <= 65535:
        raise OverflowError('%s(): port must be 0-65535.' % method)
    return ip, port


class socket:
    """A TCP socket on the simulated machine's loopback network."""

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if family == -1:
            family = AF_INET
        if type == -1:
            type = SOCK_STREAM
        if proto == -1:
            proto = 0
        if (family, type) not in ((AF_INET, SOCK_STREAM), (AF_INET, SOCK_DGRAM), (AF_UNIX, SOCK_STREAM)):
            raise NotImplementedError('Interleave simulates TCP and UDP sockets (AF_INET, SOCK_STREAM or '
                                      'SOCK_DGRAM) and socketpair() only')
        if family == AF_UNIX and fileno is None:
            raise NotImplementedError('Interleave has AF_UNIX sockets only as socketpair()')
        self.family = family
        self.type = type
        self.proto = proto
        self._timeout = _default_timeout
        self._closed = False
        self._fd = _kernel.sock_new(type == SOCK_DGRAM) if fileno is None else fileno
        # What repr shows, kept here because repr may not make a syscall.
        self._laddr = '' if family == AF_UNIX else ('0.0.0.0', 0)
        self._raddr = None
        if fileno is not None and family != AF_UNIX:
            self._laddr = _kernel.sock_name(fileno)
            self._raddr = _kernel.sock_peer(fileno)

    def __repr__(self):
        s = '<%s.%s%s fd=%i, family=%s, type=%s, proto=%i' % (
            'socket', 'socket', ' [closed]' if self._closed else '', self._fd, self.family, self.type, self.proto)
        if not self._closed and self._laddr:
            s += ', laddr=%s' % str(self._laddr)
            if self._raddr:
                s += ', raddr=%s' % str(self._raddr)
        return s + '>'

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def _fileno(self):
        if self._fd < 0:
            raise OSError(9, 'Bad file descriptor')
        return self._fd

    def fileno(self):
        return self._fd

    def close(self):
        if not self._closed:
            self._closed = True
            fd, self._fd = self._fd, -1
            _kernel.sock_close(fd)

    def detach(self):
        fd, self._fd = self._fd, -1
        self._closed = True
        return fd

    def bind(self, address):
        ip, port = _address('bind', address)
        _kernel.sock_bind(self._fileno(), ip, port)
        self._laddr = _kernel.sock_name(self._fd)

    def listen(self, backlog=128):
        _kernel.sock_listen(self._fileno(), max(0, min(int(backlog), SOMAXCONN)))
        self._laddr = _kernel.sock_name(self._fd)

    def _accept(self):
        fd = _kernel.sock_accept(self._fileno(), self._timeout)
        return fd, _kernel.sock_peer(fd)

    def accept(self):
        fd, addr = self._accept()  #@cpython:294
        sock = socket(self.family, self.type, self.proto, fileno=fd)
        return sock, addr

    def _refresh(self):
        """Rereads the addresses repr shows (a send may have bound the socket)."""
        if self.family != AF_UNIX and self._fd >= 0:
            self._laddr = _kernel.sock_name(self._fd)

    def connect(self, address):
        ip, port = _address('connect', address)
        _kernel.sock_connect(self._fileno(), ip, port)
        self._laddr = _kernel.sock_name(self._fd)
        self._raddr = _kernel.sock_peer(self._fd)

    def connect_ex(self, address):
        ip, port = _address('connect_ex', address)
        errno = _kernel.sock_connect_ex(self._fileno(), ip, port)
        if errno == 0:
            self._laddr = _kernel.sock_name(self._fd)
            self._raddr = _kernel.sock_peer(self._fd)
        return errno

    def send(self, data, flags=0):
        if self.type == SOCK_DGRAM:
            if self._raddr is None:
                fd = self._fileno()
                raise OSError(89, 'Destination address required')
            return self._sendto(data, self._raddr)
        return _kernel.sock_send(self._fileno(), data)

    def sendall(self, data, flags=0):
        if self.type == SOCK_DGRAM:
            self.send(data)
            return None
        _kernel.sock_send(self._fileno(), data)

    def sendto(self, data, flags_or_address, address=None):
        if address is None:
            address = flags_or_address
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
        if self.type != SOCK_DGRAM:
            return _kernel.sock_send(self._fileno(), data)
        return self._sendto(data, address)

    def _sendto(self, data, address):
        ip, port = _address('sendto', address)
        n = _kernel.sock_sendto(self._fileno(), data, ip, port)
        self._refresh()
        return n

    def _bufsize(self, bufsize, method):
        if not isinstance(bufsize, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(bufsize).__name__)
        if bufsize < 0:
            raise ValueError('negative buffersize in %s' % method)
        return min(bufsize, 2 ** 31)

    def recv(self, bufsize, flags=0):
        if self.type == SOCK_DGRAM:
            return self.recvfrom(bufsize)[0]
        bufsize = self._bufsize(bufsize, 'recv')
        return _kernel.sock_recv(self._fileno(), bufsize, self._timeout)

    def recvfrom(self, bufsize, flags=0):
        if self.type != SOCK_DGRAM:
            bufsize = self._bufsize(bufsize, 'recvfrom')
            return _kernel.sock_recv(self._fileno(), bufsize, self._timeout), None
        bufsize = self._bufsize(bufsize, 'recvfrom')
        return _kernel.sock_recvfrom(self._fileno(), bufsize, self._timeout)

    def makefile(self, mode='r', buffering=None, *, encoding=None, errors=None, newline=None):
        if not set(mode) <= {'r', 'w', 'b'}:
            raise ValueError('invalid mode %r (only r, w, b allowed)' % (mode,))
        if 'b' not in mode:
            raise NotImplementedError("Interleave's makefile() is binary only: use 'rb' or 'wb'")
        return SocketIO(self, mode.replace('b', ''))

    def shutdown(self, how):
        _kernel.sock_shutdown(self._fileno(), how if 0 <= how <= 255 else 255)

    def setsockopt(self, level, optname, value, optlen=None):
        _kernel.sock_setopt(self._fileno(), level, optname, value)

    def getsockopt(self, level, optname, buflen=None):
        self._fileno()
        return 0

    def getsockname(self):
        fd = self._fileno()
        if self.family == AF_UNIX:
            return ''
        return _kernel.sock_name(fd)

    def getpeername(self):
        fd = self._fileno()
        if self.family == AF_UNIX:
            return ''
        return _kernel.sock_peer(fd)

    def settimeout(self, value):
        self._timeout = _check_timeout(value)

    def gettimeout(self):
        return self._timeout

    def setblocking(self, flag):
        self._timeout = None if flag else 0.0

    def getblocking(self):
        return self._timeout != 0.0


class SocketIO:
    """A socket as a binary file (makefile's): read, readline, iteration, write."""

    def __init__(self, sock, mode):
        self._sock = sock
        self.mode = mode + 'b'
        self._buffer = b''
        self._eof = False
        self.closed = False

    def _fill(self):
        if self._eof:
            return False
        data = self._sock.recv(8192)
        if not data:
            self._eof = True
            return False
        self._buffer += data
        return True

    def _checked(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')

    def read(self, size=-1):
        self._checked()
        if size is None or size < 0:
            while self._fill():
                pass
            data, self._buffer = self._buffer, b''
            return data
        while len(self._buffer) < size and self._fill():
            pass
        data, self._buffer = self._buffer[:size], self._buffer[size:]
        return data

    def readline(self, size=-1):
        self._checked()
        while b'\n' not in self._buffer and (size is None or size < 0 or len(self._buffer) < size) and self._fill():
            pass
        end = self._buffer.find(b'\n') + 1 or len(self._buffer)
        if size is not None and size >= 0:
            end = min(end, size)
        data, self._buffer = self._buffer[:end], self._buffer[end:]
        return data

    def readlines(self):
        return list(iter(self.readline, b''))

    def __iter__(self):
        return iter(self.readline, b'')

    def write(self, data):
        self._checked()
        self._sock.sendall(data)
        return len(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        self._checked()

    def close(self):
        self.closed = True

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def socketpair(family=None, type=SOCK_STREAM, proto=0):
    """Two connected stream sockets (AF_UNIX), as CPython's socket.socketpair()."""
    if family is None:
        family = AF_UNIX
    if family != AF_UNIX or type != SOCK_STREAM:
        raise NotImplementedError('Interleave simulates socketpair(AF_UNIX, SOCK_STREAM) only')
    return _pair(family, type, proto, False)


def _pair(family, type, proto, wakeup):
    a, b = _kernel.sock_new(False), _kernel.sock_new(False)
    _kernel.sock_pair(a, b, wakeup)
    return socket(family, type, proto, fileno=a), socket(family, type, proto, fileno=b)


def _wakeup_pair():
    # An asyncio event loop's self-pipe: the page draws it as part of the loop.
    return _pair(AF_UNIX, SOCK_STREAM, 0, True)


def create_connection(address, timeout=None, source_address=None):
    sock = socket(AF_INET, SOCK_STREAM)
    if timeout is not None:
        sock.settimeout(timeout)
    if source_address:
        sock.bind(source_address)
    try:
        sock.connect(address)
    except BaseException:
        sock.close()
        raise
    return sock


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False, dualstack_ipv6=False):
    sock = socket(family, SOCK_STREAM)
    sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
    sock.bind(address)
    if backlog is None:
        sock.listen()
    else:
        sock.listen(backlog)
    return sock
