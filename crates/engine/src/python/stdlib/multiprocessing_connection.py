"""multiprocessing.connection: Listener, Client, wait, over the simulated sockets.

Listener and Client speak CPython's protocol on AF_INET: each message is a 4-byte
big-endian length and then the bytes (a pickle for send/recv), and with an authkey
both sides prove they hold it (`#CHALLENGE#`, `#WELCOME#`, `#FAILURE#`), raising
CPython's AuthenticationError messages. One difference, which no output shows: the
digest is a keyed hash of our own (`_digest`), not HMAC-MD5, as there is no hashlib.
A Listener without an address listens on ('127.0.0.1', an ephemeral port), where
CPython's Linux default is an AF_UNIX path.
"""

__cpython_file__ = "/usr/lib/python3.11/multiprocessing/connection.py"

import _kernel
import pickle
import random as _random
import select as _select
import socket
import struct
import time
from multiprocessing import AuthenticationError, BufferTooShort, Pipe, current_process
import multiprocessing as _mp

__all__ = ['Client', 'Listener', 'Pipe', 'wait']

BUFSIZE = 8192
MESSAGE_LENGTH = 20
CHALLENGE = b'#CHALLENGE#'
WELCOME = b'#WELCOME#'
FAILURE = b'#FAILURE#'

# The challenges' bytes: from a generator of the run's own (CPython reads os.urandom).
_challenges = _random.Random(int.from_bytes(_kernel.authkey()[:8], 'big'))


class Connection(_mp._ConnectionBase):
    """A connection over a socket, as Listener.accept() and Client() return it."""

    def __init__(self, sock, readable=True, writable=True):
        super().__init__(readable, writable)
        self._sock = sock
        self._handle = sock.fileno()

    def _check_closed(self):
        if self._sock is None:
            raise OSError("handle is closed")

    @property
    def closed(self):
        return self._sock is None

    def fileno(self):
        self._check_closed()
        return self._handle

    def close(self):
        if self._sock is not None:
            sock, self._sock = self._sock, None
            sock.close()

    def _send(self, buf):
        self._sock.sendall(buf)

    def _recv(self, size):
        chunks = []
        remaining = size
        while remaining > 0:
            chunk = self._sock.recv(remaining)
            if not chunk:
                if remaining == size:
                    raise EOFError  #@cpython:399
                raise OSError("got end of file during message")
            chunks.append(chunk)
            remaining -= len(chunk)
        return b''.join(chunks)

    def send_bytes(self, buf, offset=0, size=None):
        self._check_closed()
        self._check_writable()
        self._send_bytes(self._sliced(buf, offset, size))

    def _send_bytes(self, buf):
        n = len(buf)
        if n > 0x7fffffff:
            self._send(struct.pack("!i", -1) + struct.pack("!Q", n) + buf)
        else:
            self._send(struct.pack("!i", n) + buf)

    def _recv_bytes(self, maxsize=None):
        buf = self._recv(4)  #@cpython:430
        size, = struct.unpack("!i", buf)
        if size == -1:
            size, = struct.unpack("!Q", self._recv(8))
        if maxsize is not None and size > maxsize:
            return None
        return self._recv(size)

    def recv_bytes(self, maxlength=None):
        self._check_closed()
        self._check_readable()
        if maxlength is not None and maxlength < 0:
            raise ValueError("negative maxlength")
        buf = self._recv_bytes(maxlength)  #@cpython:216
        if buf is None:
            self.close()
            raise OSError("bad message length")
        return buf

    def recv_bytes_into(self, buf, offset=0):
        self._check_closed()
        self._check_readable()
        data = self._recv_bytes()
        if offset < 0 or offset > len(buf):
            raise ValueError("offset out of bounds")
        if len(data) > len(buf) - offset:
            raise BufferTooShort(data)
        buf[offset:offset + len(data)] = data
        return len(data)

    def send(self, obj):
        self._check_closed()
        self._check_writable()
        self._send_bytes(pickle.dumps(obj))

    def recv(self):
        self._check_closed()
        self._check_readable()
        buf = self._recv_bytes()  #@cpython:250
        return pickle.loads(buf)

    def poll(self, timeout=0.0):
        self._check_closed()
        self._check_readable()
        return bool(wait([self], timeout))



def _digest(key, message):
    """A keyed digest of `message` (16 bytes, as MD5's): FNV-1a over key, message, key."""
    out = []
    h = 0xcbf29ce484222325
    for round_ in range(2):
        for b in key + message + key + bytes([round_]):
            h = ((h ^ b) * 0x100000001b3) & 0xffffffffffffffff
        out.append(h.to_bytes(8, 'big'))
    return b''.join(out)


def deliver_challenge(connection, authkey):
    if not isinstance(authkey, bytes):
        raise ValueError("Authkey must be bytes, not {0!s}".format(type(authkey)))
    message = bytes(_challenges.getrandbits(8) for _ in range(MESSAGE_LENGTH))
    connection.send_bytes(CHALLENGE + message)
    digest = _digest(authkey, message)
    response = connection.recv_bytes(256)  # reject large message
    if response == digest:
        connection.send_bytes(WELCOME)
    else:
        connection.send_bytes(FAILURE)
        raise AuthenticationError('digest received was wrong')  #@cpython:761


def answer_challenge(connection, authkey):
    if not isinstance(authkey, bytes):
        raise ValueError("Authkey must be bytes, not {0!s}".format(type(authkey)))
    message = connection.recv_bytes(256)  # reject large message
    assert message[:len(CHALLENGE)] == CHALLENGE, 'message = %r' % message
    message = message[len(CHALLENGE):]
    digest = _digest(authkey, message)
    connection.send_bytes(digest)
    response = connection.recv_bytes(256)  # reject large message
    if response != WELCOME:
        raise AuthenticationError('digest sent was rejected')  #@cpython:775


def _check_family(address, family):
    if family not in (None, 'AF_INET'):
        raise ValueError('Family %s is not recognized.' % family) if family not in ('AF_UNIX', 'AF_PIPE') \
            else NotImplementedError('Interleave simulates AF_INET listeners only')
    if address is not None and not isinstance(address, tuple):
        raise NotImplementedError('Interleave simulates AF_INET listeners only: give a (host, port) address')


class SocketListener:
    """A listening socket (CPython's wrapper, whose frames its tracebacks show)."""

    def __init__(self, address, family, backlog=1):
        self._socket = socket.socket(socket.AF_INET)
        try:
            self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            self._socket.setblocking(True)
            self._socket.bind(address)  #@cpython:607
            self._socket.listen(backlog)  #@cpython:608
            self._address = self._socket.getsockname()
        except OSError:
            self._socket.close()
            raise
        self._family = family
        self._last_accepted = None

    def accept(self):
        s, self._last_accepted = self._socket.accept()  #@cpython:625
        s.setblocking(True)
        return Connection(s)

    def close(self):
        try:
            self._socket.close()
        finally:
            pass


def SocketClient(address):
    s = socket.socket(socket.AF_INET)
    s.setblocking(True)
    try:
        s.connect(address)  #@cpython:646
    except OSError:
        s.close()
        raise
    return Connection(s)


class Listener:
    """Accepts connections at an address (AF_INET here)."""

    def __init__(self, address=None, family=None, backlog=1, authkey=None):
        _check_family(address, family)
        if address is None:
            address = ('127.0.0.1', 0)
        family = 'AF_INET'
        self._listener = SocketListener(address, family, backlog)  #@cpython:464
        if authkey is not None and not isinstance(authkey, bytes):
            raise TypeError('authkey should be a byte string')
        self._authkey = authkey

    def accept(self):
        if self._listener is None:
            raise OSError('listener is closed')
        c = self._listener.accept()  #@cpython:479
        if self._authkey:
            deliver_challenge(c, self._authkey)  #@cpython:481
            answer_challenge(c, self._authkey)  #@cpython:482
        return c

    def close(self):
        listener = self._listener
        if listener is not None:
            self._listener = None
            listener.close()

    @property
    def address(self):
        return self._listener._address

    @property
    def last_accepted(self):
        return self._listener._last_accepted

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, exc_tb):
        self.close()


def Client(address, family=None, authkey=None):
    """A connection to the Listener at `address`."""
    _check_family(address, family)
    c = SocketClient(address)  #@cpython:518
    if authkey is not None and not isinstance(authkey, bytes):
        raise TypeError('authkey should be a byte string')
    if authkey is not None:
        answer_challenge(c, authkey)  #@cpython:524
        deliver_challenge(c, authkey)  #@cpython:525
    return c


def wait(object_list, timeout=None):
    """The objects of `object_list` ready to read (a Connection, a socket, an int
    descriptor or a Process's sentinel), waiting until one is or `timeout` passes."""
    objects = list(object_list)
    if timeout is not None and timeout < 0:
        timeout = 0
    ready, _, _ = _select.select(objects, [], [], timeout)
    return ready
