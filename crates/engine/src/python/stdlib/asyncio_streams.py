"""asyncio streams over the simulated loopback (CPython's asyncio/streams.py).

A connection's socket is watched by the loop (add_reader): when select says it is
readable the transport receives what arrived and feeds the StreamReader, whose
readers wait on a future. Writing never waits on this machine, so write() sends at
once and drain() has nothing to wait for, as with CPython's buffers below the limit.
"""

__cpython_file__ = "/usr/lib/python3.11/asyncio/streams.py"

import socket
from asyncio import events
from asyncio.exceptions import IncompleteReadError, LimitOverrunError

__all__ = ('StreamReader', 'StreamWriter', 'open_connection', 'start_server')

_DEFAULT_LIMIT = 2 ** 16


class _SocketTransport:
    def __init__(self, loop, sock, reader):
        self._loop = loop
        self._sock = sock
        self._reader = reader
        self._closing = False
        self._extra = {'socket': sock}
        try:
            self._extra['sockname'] = sock.getsockname()
            self._extra['peername'] = sock.getpeername()
        except OSError:
            pass
        loop.add_reader(sock, self._read_ready)

    def __repr__(self):
        state = ' closing' if self._closing else ''
        return f'<_SelectorSocketTransport fd={self._sock.fileno()}{state}>'

    def _read_ready(self):
        try:
            data = self._sock.recv(_DEFAULT_LIMIT)
        except OSError as exc:
            self._loop.remove_reader(self._sock)
            self._reader.set_exception(exc)
            return
        if data:
            self._reader.feed_data(data)
        else:
            self._loop.remove_reader(self._sock)
            self._reader.feed_eof()

    def write(self, data):
        if self._closing:
            return
        self._sock.sendall(data)

    def write_eof(self):
        self._sock.shutdown(socket.SHUT_WR)

    def can_write_eof(self):
        return True

    def is_closing(self):
        return self._closing

    def close(self):
        if self._closing:
            return
        self._closing = True
        self._loop.remove_reader(self._sock)
        self._loop.call_soon(self._sock.close)

    def get_extra_info(self, name, default=None):
        return self._extra.get(name, default)


class StreamReader:
    def __init__(self, limit=_DEFAULT_LIMIT, loop=None):
        if limit <= 0:
            raise ValueError('Limit cannot be <= 0')
        self._limit = limit
        self._loop = events.get_event_loop() if loop is None else loop
        self._buffer = b''
        self._eof = False
        self._waiter = None
        self._exception = None
        self._transport = None

    def __repr__(self):
        info = ['StreamReader']
        if self._buffer:
            info.append(f'{len(self._buffer)} bytes')
        if self._eof:
            info.append('eof')
        if self._limit != _DEFAULT_LIMIT:
            info.append(f'limit={self._limit}')
        if self._waiter:
            info.append(f'waiter={self._waiter!r}')
        if self._exception:
            info.append(f'exception={self._exception!r}')
        if self._transport:
            info.append(f'transport={self._transport!r}')
        return '<{}>'.format(' '.join(info))

    def exception(self):
        return self._exception

    def set_exception(self, exc):
        self._exception = exc
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            if not waiter.cancelled():
                waiter.set_exception(exc)

    def _wakeup_waiter(self):
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            if not waiter.cancelled():
                waiter.set_result(None)

    def set_transport(self, transport):
        self._transport = transport

    def feed_eof(self):
        self._eof = True
        self._wakeup_waiter()

    def at_eof(self):
        return self._eof and not self._buffer

    def feed_data(self, data):
        if not data:
            return
        self._buffer += bytes(data)
        self._wakeup_waiter()

    async def _wait_for_data(self, func_name):
        if self._waiter is not None:
            raise RuntimeError(f'{func_name}() called while another coroutine is '
                               f'already waiting for incoming data')
        self._waiter = self._loop.create_future()
        self._waiter._waits_on = f'{func_name}()'
        try:
            await self._waiter
        finally:
            self._waiter = None

    async def readline(self):
        try:
            line = await self.readuntil(b'\n')
        except IncompleteReadError as e:
            return e.partial
        except LimitOverrunError as e:
            if self._buffer.startswith(b'\n', e.consumed):
                self._buffer = self._buffer[e.consumed + 1:]
            else:
                self._buffer = b''
            raise ValueError(e.args[0])
        return line

    async def readuntil(self, separator=b'\n'):
        seplen = len(separator)
        if seplen == 0:
            raise ValueError('Separator should be at least one-byte string')
        if self._exception is not None:
            raise self._exception
        offset = 0
        while True:
            buflen = len(self._buffer)
            if buflen - offset >= seplen:
                isep = self._buffer.find(separator, offset)
                if isep != -1:
                    break
                offset = buflen + 1 - seplen
                if offset > self._limit:
                    raise LimitOverrunError('Separator is not found, and chunk exceed the limit', offset)
            if self._eof:
                chunk = self._buffer
                self._buffer = b''
                raise IncompleteReadError(chunk, None)
            await self._wait_for_data('readuntil')
        if isep > self._limit:
            raise LimitOverrunError('Separator is found, but chunk is longer than limit', isep)
        chunk = self._buffer[:isep + seplen]
        self._buffer = self._buffer[isep + seplen:]
        return chunk

    async def read(self, n=-1):
        if self._exception is not None:
            raise self._exception
        if n == 0:
            return b''
        if n < 0:
            blocks = []
            while True:
                block = await self.read(self._limit)
                if not block:
                    break
                blocks.append(block)
            return b''.join(blocks)
        if not self._buffer and not self._eof:
            await self._wait_for_data('read')
        data = self._buffer[:n]
        self._buffer = self._buffer[n:]
        return data

    async def readexactly(self, n):
        if n < 0:
            raise ValueError('readexactly size can not be less than zero')
        if self._exception is not None:
            raise self._exception
        if n == 0:
            return b''
        while len(self._buffer) < n:
            if self._eof:
                incomplete = self._buffer
                self._buffer = b''
                raise IncompleteReadError(incomplete, n)
            await self._wait_for_data('readexactly')
        data = self._buffer[:n]
        self._buffer = self._buffer[n:]
        return data

    def __aiter__(self):
        return self

    async def __anext__(self):
        val = await self.readline()
        if val == b'':
            raise StopAsyncIteration
        return val


class StreamWriter:
    def __init__(self, transport, protocol, reader, loop):
        self._transport = transport
        self._protocol = protocol
        self._reader = reader
        self._loop = loop

    def __repr__(self):
        info = [self.__class__.__name__, f'transport={self._transport!r}']
        if self._reader is not None:
            info.append(f'reader={self._reader!r}')
        return '<{}>'.format(' '.join(info))

    @property
    def transport(self):
        return self._transport

    def write(self, data):
        self._transport.write(data)

    def writelines(self, data):
        for chunk in data:
            self._transport.write(chunk)

    def write_eof(self):
        return self._transport.write_eof()

    def can_write_eof(self):
        return self._transport.can_write_eof()

    def close(self):
        return self._transport.close()

    def is_closing(self):
        return self._transport.is_closing()

    async def wait_closed(self):
        pass

    def get_extra_info(self, name, default=None):
        return self._transport.get_extra_info(name, default)

    async def drain(self):
        if self._reader is not None:
            exc = self._reader.exception()
            if exc is not None:
                raise exc
        if self._transport.is_closing():
            from asyncio.tasks import sleep
            await sleep(0)


def _streams_for(loop, sock, limit):
    reader = StreamReader(limit=limit, loop=loop)
    transport = _SocketTransport(loop, sock, reader)
    reader.set_transport(transport)
    writer = StreamWriter(transport, None, reader, loop)
    return reader, writer


async def open_connection(host=None, port=None, *, limit=_DEFAULT_LIMIT, **kwds):
    loop = events.get_running_loop()
    try:
        sock = socket.create_connection((host, port))
    except OSError as exc:
        if exc.errno is None:
            raise
        # The selector loop's sock_connect words it so.
        raise type(exc)(exc.errno, f'Connect call failed {(host, port)}') from None
    return _streams_for(loop, sock, limit)


class Server:
    def __init__(self, loop, sockets, client_connected_cb, limit):
        self._loop = loop
        self._sockets = sockets
        self._callback = client_connected_cb
        self._limit = limit
        self._serving = False
        self._serving_forever_fut = None
        self._waiters = []

    def __repr__(self):
        return f'<{self.__class__.__name__} sockets={self.sockets!r}>'

    @property
    def sockets(self):
        return tuple(self._sockets or ())

    def get_loop(self):
        return self._loop

    def is_serving(self):
        return self._serving

    def _start_serving(self):
        if self._serving:
            return
        self._serving = True
        for sock in self._sockets:
            self._loop.add_reader(sock, self._accept, sock)

    def _accept(self, listener):
        conn, addr = listener.accept()
        reader, writer = _streams_for(self._loop, conn, self._limit)
        result = self._callback(reader, writer)
        if type(result).__name__ == 'coroutine':
            self._loop.create_task(result)

    async def start_serving(self):
        self._start_serving()

    def close(self):
        if self._sockets is None:
            return
        for sock in self._sockets:
            self._loop.remove_reader(sock)
            sock.close()
        self._sockets = None
        self._serving = False
        if self._serving_forever_fut is not None and not self._serving_forever_fut.done():
            self._serving_forever_fut.cancel()
            self._serving_forever_fut = None
        for waiter in self._waiters:
            if not waiter.done():
                waiter.set_result(None)
        self._waiters = []

    async def wait_closed(self):
        if self._sockets is None:
            return
        waiter = self._loop.create_future()
        waiter._waits_on = 'wait_closed()'
        self._waiters.append(waiter)
        await waiter

    async def serve_forever(self):
        if self._serving_forever_fut is not None:
            raise RuntimeError(f'server {self!r} is already being awaited on serve_forever()')
        if self._sockets is None:
            raise RuntimeError(f'server {self!r} is closed')
        self._start_serving()
        self._serving_forever_fut = self._loop.create_future()
        self._serving_forever_fut._waits_on = 'serve_forever()'
        try:
            await self._serving_forever_fut
        finally:
            self._serving_forever_fut = None

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()


async def start_server(client_connected_cb, host=None, port=None, *, limit=_DEFAULT_LIMIT,
                       backlog=100, reuse_address=None, start_serving=True, **kwds):
    loop = events.get_running_loop()
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(('127.0.0.1' if host in (None, '', 'localhost') else host, port or 0))
    sock.listen(backlog)
    server = Server(loop, [sock], client_connected_cb, limit)
    if start_serving:
        server._start_serving()
    return server
