"""asyncio's event loop, on the simulated kernel.

The loop is one thread's loop of callbacks: it waits for the earliest timer on the
virtual clock and for sockets through select (os/select.rs); a self-pipe (a
socketpair) wakes it when another thread hands it a callback (run_in_executor,
to_thread, call_soon_threadsafe).
Names, reprs and messages are CPython 3.11's; lines marked #@cpython are where
CPython's tracebacks show its own files.
"""

__cpython_file__ = "/usr/lib/python3.11/asyncio/base_events.py"

import _kernel
import collections
import heapq
import sys
from asyncio import events
from asyncio.events import Handle, TimerHandle
from asyncio.futures import Future, Task, isfuture, wrap_future

def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            return
    fut.get_loop().stop()


_run_until_complete_cb._asyncio_repr = (
    '_run_until_complete_cb() at /usr/lib/python3.11/asyncio/base_events.py:180')


class BaseEventLoop:
    def __init__(self):
        self._ready = collections.deque()
        self._scheduled = []
        self._stopping = False
        self._closed = False
        self._running = False
        self._thread_id = None
        self._readers = {}
        self._writers = {}
        self._tasks = []
        self._asyncgens = []
        self._unretrieved = []
        self._current_task = None
        self._default_executor = None
        self._exception_handler = None
        self._task_factory = None
        self._debug = False
        import socket
        self._ssock, self._csock = socket._wakeup_pair()

    def __repr__(self):
        return (f'<{self.__class__.__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    def time(self):
        return _kernel.monotonic()

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        if self._task_factory is None:
            return Task(coro, loop=self, name=name)
        task = self._task_factory(self, coro)
        if name is not None:
            task.set_name(name)
        return task

    def set_task_factory(self, factory):
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        handle = Handle(callback, args, self)
        self._ready.append(handle)
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        handle = self.call_soon(callback, *args)
        self._write_to_self()
        return handle

    def _write_to_self(self):
        try:
            self._csock.send(b'\0')
        except OSError:
            pass

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        timer = TimerHandle(when, callback, args, self)
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def _timer_handle_cancelled(self, handle):
        pass

    def add_reader(self, sock, callback, *args):
        self._check_closed()
        self._readers[sock] = Handle(callback, args, self)

    def remove_reader(self, sock):
        return self._readers.pop(sock, None) is not None

    def add_writer(self, sock, callback, *args):
        self._check_closed()
        self._writers[sock] = Handle(callback, args, self)

    def remove_writer(self, sock):
        return self._writers.pop(sock, None) is not None

    def stop(self):
        self._stopping = True

    def run_forever(self):
        self._check_closed()
        if self._running:
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')
        self._running = True
        self._thread_id = _kernel.get_ident()
        events._set_running_loop(self)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            self._thread_id = None
            events._set_running_loop(None)

    def run_until_complete(self, future):
        self._check_closed()
        if self._running:
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')
        from asyncio.tasks import ensure_future
        new_task = not isfuture(future)
        future = ensure_future(future, loop=self)
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()  #@cpython:653

    def _run_once(self):
        scheduled = self._scheduled
        while scheduled and scheduled[0]._cancelled:
            heapq.heappop(scheduled)
        if self._ready or self._stopping:
            timeout = 0
        elif scheduled:
            timeout = max(0, scheduled[0]._when - self.time())
        else:
            timeout = None
        self._wait(timeout)
        end = self.time() + 1e-9
        while scheduled and scheduled[0]._when <= end:
            handle = heapq.heappop(scheduled)
            handle._scheduled = False
            if not handle._cancelled:
                self._ready.append(handle)
        for _ in range(len(self._ready)):
            handle = self._ready.popleft()
            if not handle._cancelled:
                handle._run()

    def _wait(self, timeout):
        if timeout == 0 and not self._readers and not self._writers:
            return
        if timeout is not None and timeout > 0:
            # epoll's timeout is in whole milliseconds, rounded up: timers due within
            # the same millisecond run in the same turn, as on CPython.
            timeout = -(-timeout * 1000 // 1) / 1000
        import select
        readers = list(self._readers)
        writers = list(self._writers)
        ready_r, ready_w, _ = select.select([self._ssock] + readers, writers, [], timeout)
        for sock in ready_r:
            if sock is self._ssock:
                self._ssock.recv(4096)
            elif sock in self._readers:
                self._ready.append(self._readers[sock])
        for sock in ready_w:
            if sock in self._writers:
                self._ready.append(self._writers[sock])

    def close(self):
        if self._running:
            raise RuntimeError("Cannot close a running event loop")
        if self._closed:
            return
        self._closed = True
        self._report_unretrieved()
        for task in self._tasks:
            if not task.done() and task._log_destroy_pending:
                # CPython reports it when the task is collected, its coroutine closed.
                try:
                    task._coro.close()
                except BaseException:
                    pass
                self.call_exception_handler({'message': 'Task was destroyed but it is pending!', 'task': task})
        self._tasks = []
        self._ready.clear()
        self._scheduled.clear()
        self._ssock.close()
        self._csock.close()
        executor = self._default_executor
        if executor is not None:
            self._default_executor = None
            executor.shutdown(wait=False)

    def _report_unretrieved(self):
        for fut in self._unretrieved:
            if fut._log_traceback:
                fut._log_traceback = False
                what = 'Task' if isinstance(fut, Task) else 'Future'
                self.call_exception_handler({
                    'message': f'{what} exception was never retrieved',
                    'exception': fut._exception,
                    'future': fut,
                })
        self._unretrieved = []

    def _asyncgen_firstiter(self, agen):
        if agen not in self._asyncgens:
            self._asyncgens.append(agen)

    async def shutdown_asyncgens(self):
        # Those not finished: CPython closes them here (or earlier, when collected).
        gens = [agen for agen in self._asyncgens if agen.ag_frame is not None]
        self._asyncgens = []
        if not gens:
            return
        from asyncio.tasks import gather
        results = await gather(*[agen.aclose() for agen in gens], return_exceptions=True)
        for result, agen in zip(results, gens):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of asynchronous generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen,
                })

    # Sockets by hand: each call waits (add_reader) until select says the socket is
    # ready; sending never waits on this machine.
    def _check_nonblocking(self, sock):
        # CPython checks only in debug mode.
        if self._debug and sock.gettimeout() != 0:
            raise ValueError("the socket must be non-blocking")

    async def _when_readable(self, sock, action, name):
        self._check_nonblocking(sock)
        fut = self.create_future()
        fut._waits_on = name

        def ready():
            self.remove_reader(sock)
            if fut.done():
                return
            try:
                fut.set_result(action())
            except (BlockingIOError, InterruptedError):
                self.add_reader(sock, ready)
            except BaseException as exc:
                fut.set_exception(exc)

        self.add_reader(sock, ready)
        try:
            return await fut
        finally:
            self.remove_reader(sock)

    async def sock_recv(self, sock, n):
        return await self._when_readable(sock, lambda: sock.recv(n), 'sock_recv()')

    async def sock_accept(self, sock):
        return await self._when_readable(sock, sock.accept, 'sock_accept()')

    async def sock_sendall(self, sock, data):
        self._check_nonblocking(sock)
        sock.sendall(data)

    async def sock_connect(self, sock, address):
        self._check_nonblocking(sock)
        sock.setblocking(True)
        try:
            sock.connect(address)
        finally:
            sock.setblocking(False)

    async def shutdown_default_executor(self):
        executor = self._default_executor
        if executor is None:
            return
        self._default_executor = None
        from asyncio.tasks import to_thread
        await to_thread(executor.shutdown, wait=True)

    def run_in_executor(self, executor, func, *args):
        self._check_closed()
        if executor is None:
            executor = self._default_executor
            if executor is None:
                import concurrent.futures
                executor = concurrent.futures.ThreadPoolExecutor(thread_name_prefix='asyncio')
                self._default_executor = executor
        return wrap_future(executor.submit(func, *args), loop=self)

    def set_default_executor(self, executor):
        self._default_executor = executor

    def set_exception_handler(self, handler):
        self._exception_handler = handler

    def get_exception_handler(self):
        return self._exception_handler

    def default_exception_handler(self, context):
        message = context.get('message') or 'Unhandled exception in event loop'
        lines = [message]
        for key in sorted(context):
            if key in ('message', 'exception'):
                continue
            lines.append(f'{key}: {context[key]!r}')
        text = '\n'.join(lines) + '\n'
        exception = context.get('exception')
        if exception is not None:
            text += _kernel.format_exception(exception)
        sys.stderr.write(text)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            self.default_exception_handler(context)
        else:
            self._exception_handler(self, context)

    # Streams (asyncio.streams) build on these.
    async def create_connection(self, protocol_factory=None, host=None, port=None, **kwds):
        raise NotImplementedError('Interleave has asyncio streams (open_connection), not protocols')


class _UnixSelectorEventLoop(BaseEventLoop):
    pass


