"""asyncio's event loop, futures and tasks, on the simulated kernel.

The loop is one thread's loop of callbacks: it waits for the earliest timer on the
virtual clock and for sockets through select (os/select.rs); a self-pipe (a
socketpair) wakes it when another thread hands it a callback (run_in_executor,
to_thread, call_soon_threadsafe). A task steps its coroutine with send/throw; what
the coroutine awaits at the bottom is a Future, whose __await__ yields it to the task.
Names, reprs and messages are CPython 3.11's; lines marked #@cpython are where
CPython's tracebacks show its own files.
"""

__cpython_file__ = "/usr/lib/python3.11/asyncio/base_events.py"

import _kernel
import collections
import heapq
import sys
from asyncio.exceptions import CancelledError, InvalidStateError

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'

_running_loop = None
_event_loop = None

# A record in the run's trace for each step, await and wake-up of a task (os/trace.rs).
_trace_task = _kernel.trace_task


def _get_running_loop():
    return _running_loop


def get_running_loop():
    if _running_loop is None:
        raise RuntimeError('no running event loop')
    return _running_loop


def get_event_loop():
    global _event_loop
    if _running_loop is not None:
        return _running_loop
    if _event_loop is None:
        _event_loop = new_event_loop()
    return _event_loop


def set_event_loop(loop):
    global _event_loop
    _event_loop = loop


def new_event_loop():
    return _UnixSelectorEventLoop()


def _library_file(filename):
    # Our library's code is named `<asyncio.tasks>`; CPython's reprs name its files.
    if filename.startswith('<asyncio.') and filename.endswith('>'):
        return '/usr/lib/python3.11/asyncio/%s.py' % filename[9:-1]
    return filename


def _format_callback(cb):
    name = getattr(cb, '_asyncio_repr', None)
    if name is not None:
        return name
    code = getattr(cb, '__code__', None)
    qualname = getattr(cb, '__qualname__', None) or repr(cb)
    if code is None:
        return qualname + '()'
    return '%s() at %s:%s' % (qualname, _library_file(code.co_filename), code.co_firstlineno)


def _format_callbacks(cbs):
    names = [_format_callback(cb) for cb in cbs]
    if len(names) > 2:
        names = [names[0], '<%d more>' % (len(names) - 2), names[-1]]
    return 'cb=[%s]' % ', '.join(names)


class Handle:
    __slots__ = ('_callback', '_args', '_cancelled', '_loop', '__weakref__')

    def __init__(self, callback, args, loop, context=None):
        self._loop = loop
        self._callback = callback
        self._args = args
        self._cancelled = False

    def __repr__(self):
        info = [type(self).__name__]
        if self._cancelled:
            info.append('cancelled')
        if self._callback is not None:
            info.append(_format_callback(self._callback))
        return '<%s>' % ' '.join(info)

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                'message': 'Exception in callback %s' % _format_callback(self._callback),
                'exception': exc,
                'handle': self,
            })


class TimerHandle(Handle):
    __slots__ = ('_when', '_scheduled')

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop)
        self._when = when
        self._scheduled = False

    def __lt__(self, other):
        return self._when < other._when

    def __repr__(self):
        info = [type(self).__name__]
        if self._cancelled:
            info.append('cancelled')
        info.append('when=%s' % self._when)
        if self._callback is not None:
            info.append(_format_callback(self._callback))
        return '<%s>' % ' '.join(info)

    def when(self):
        return self._when

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()


class Future:
    _state = _PENDING
    _result = None
    _exception = None
    _loop = None
    _asyncio_future_blocking = False
    _log_traceback = False
    _cancel_message = None
    _cancelled_exc = None

    def __init__(self, *, loop=None):
        self._loop = get_event_loop() if loop is None else loop
        self._callbacks = []

    def _repr_info(self):
        info = [self._state.lower()]
        if self._state == _FINISHED:
            if self._exception is not None:
                info.append('exception={!r}'.format(self._exception))
            else:
                info.append('result={}'.format(_short_repr(self._result)))
        if self._callbacks:
            info.append(_format_callbacks(self._callbacks))
        return info

    def __repr__(self):
        return '<{} {}>'.format(type(self).__name__, ' '.join(self._repr_info()))

    def get_loop(self):
        return self._loop

    def _make_cancelled_error(self):
        if self._cancelled_exc is not None:
            exc = self._cancelled_exc
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def cancel(self, msg=None):
        self._log_traceback = False
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self.__schedule_callbacks()
        return True

    def __schedule_callbacks(self):
        callbacks = self._callbacks[:]
        if not callbacks:
            return
        self._callbacks[:] = []
        for callback in callbacks:
            if type(callback) is _TaskWakeup:
                _trace_task(callback.task._serial, 'woken')
            self._loop.call_soon(callback, self)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Result is not set.')
        self._log_traceback = False
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Exception is not set.')
        self._log_traceback = False
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        kept = [cb for cb in self._callbacks if cb != fn]
        removed = len(self._callbacks) - len(kept)
        if removed:
            self._callbacks[:] = kept
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        self._result = result
        self._state = _FINISHED
        self.__schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError("StopIteration interacts badly with generators "
                            "and cannot be raised into a Future")
        self._exception = exception
        self._state = _FINISHED
        self.__schedule_callbacks()
        self._log_traceback = True
        self._loop._unretrieved.append(self)

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


def _short_repr(value):
    # reprlib's limits, as CPython's future reprs use them.
    text = repr(value)
    if len(text) > 40:
        text = text[:18] + '...' + text[-19:]
    return text


def isfuture(obj):
    return getattr(obj, '_asyncio_future_blocking', None) is not None and not isinstance(obj, type)


_task_counter = 0


def _coro_repr(task):
    qualname, filename, first = task._coro_info
    frame = getattr(task._coro, 'cr_frame', None)
    if frame is not None:
        return '%s() running at %s:%s' % (qualname, filename, frame.f_lineno)
    return '%s() done, defined at %s:%s' % (qualname, filename, first)


class Task(Future):
    _log_destroy_pending = True

    def __init__(self, coro, *, loop=None, name=None, context=None):
        global _task_counter
        super().__init__(loop=loop)
        if not (type(coro).__name__ == 'coroutine' or hasattr(coro, 'send') and hasattr(coro, 'throw')):
            raise TypeError(f"a coroutine was expected, got {coro!r}")
        _task_counter += 1
        self._serial = _task_counter
        self._name = f'Task-{_task_counter}' if name is None else str(name)
        self._must_cancel = False
        self._fut_waiter = None
        self._coro = coro
        self._num_cancels_requested = 0
        frame = getattr(coro, 'cr_frame', None)
        if frame is not None:
            code = frame.f_code
            self._coro_info = (code.co_qualname, _library_file(code.co_filename), code.co_firstlineno)
        else:
            self._coro_info = (getattr(coro, '__qualname__', '?'), '?', 0)
        self._wakeup_cb = _TaskWakeup(self)
        _trace_task(self._serial, 'created', self._name)
        self._loop.call_soon(self.__step)
        self._loop._tasks.append(self)

    def _repr_info(self):
        info = super()._repr_info()
        if self._num_cancels_requested > 0 and not self.done():
            info[0] = 'cancelling'
        info.insert(1, 'name=%r' % self._name)
        info.insert(2, 'coro=<%s>' % _coro_repr(self))
        if self._fut_waiter is not None:
            info.insert(3, 'wait_for=%r' % (self._fut_waiter,))
        return info

    def get_coro(self):
        return self._coro

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)
        _trace_task(self._serial, 'created', self._name)

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def cancel(self, msg=None):
        self._log_traceback = False
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def __step(self, exc=None):
        if self.done():
            raise InvalidStateError(f'_step(): already done: {self!r}, {exc!r}')
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        loop = self._loop
        previous = loop._current_task
        loop._current_task = self
        _trace_task(self._serial, 'runs')
        try:
            if exc is None:
                result = self._coro.send(None)
            else:
                result = self._coro.throw(exc)
        except StopIteration as stop:
            if self._must_cancel:
                self._must_cancel = False
                Future.cancel(self, msg=self._cancel_message)
            else:
                Future.set_result(self, stop.value)
        except CancelledError as error:
            self._cancelled_exc = error
            Future.cancel(self)
        except (KeyboardInterrupt, SystemExit) as error:
            Future.set_exception(self, error)
            raise
        except BaseException as error:
            Future.set_exception(self, error)
        else:
            self.__handle_yield(result)
        finally:
            loop._current_task = previous
        if self.done():
            _trace_task(self._serial, 'done')
            if self in loop._tasks:
                loop._tasks.remove(self)

    def __handle_yield(self, result):
        blocking = getattr(result, '_asyncio_future_blocking', None)
        if blocking is not None and not isinstance(result, type):
            if result._loop is not self._loop:
                error = RuntimeError(f'Task {self!r} got Future {result!r} attached to a different loop')
                self._loop.call_soon(self.__step, error)
            elif blocking:
                if result is self:
                    error = RuntimeError(f'Task cannot await on itself: {self!r}')
                    self._loop.call_soon(self.__step, error)
                    return
                result._asyncio_future_blocking = False
                result.add_done_callback(self._wakeup_cb)
                self._fut_waiter = result
                _trace_task(self._serial, 'awaits')
                if self._must_cancel:
                    if self._fut_waiter.cancel(msg=self._cancel_message):
                        self._must_cancel = False
            else:
                error = RuntimeError(f'yield was used instead of yield from in task {self!r} with {result!r}')
                self._loop.call_soon(self.__step, error)
        elif result is None:
            _trace_task(self._serial, 'yields')
            self._loop.call_soon(self.__step)
        else:
            error = RuntimeError(f'Task got bad yield: {result!r}')
            self._loop.call_soon(self.__step, error)

    def _wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self.__step(exc)
        else:
            self.__step()


class _TaskWakeup:
    # What a task adds to the future it awaits (CPython's repr: Task.task_wakeup()).
    __slots__ = ('task',)
    _asyncio_repr = 'Task.task_wakeup()'

    def __init__(self, task):
        self.task = task

    def __call__(self, future):
        self.task._wakeup(future)


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
        self._unretrieved = []
        self._current_task = None
        self._default_executor = None
        self._exception_handler = None
        self._task_factory = None
        self._debug = False
        import socket
        self._ssock, self._csock = socket.socketpair()

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
        global _running_loop
        self._check_closed()
        if self._running:
            raise RuntimeError('This event loop is already running')
        if _running_loop is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')
        self._running = True
        self._thread_id = _kernel.get_ident()
        _running_loop = self
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            self._thread_id = None
            _running_loop = None

    def run_until_complete(self, future):
        self._check_closed()
        if self._running:
            raise RuntimeError('This event loop is already running')
        if _running_loop is not None:
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

    async def shutdown_asyncgens(self):
        pass

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


def _copy_future_state(source, dest):
    if dest.cancelled():
        return
    if source.cancelled():
        dest.cancel()
        return
    exception = source.exception()
    if exception is not None:
        dest.set_exception(exception)
    else:
        dest.set_result(source.result())


def wrap_future(future, *, loop=None):
    if isfuture(future):
        return future
    if loop is None:
        loop = get_event_loop()
    new_future = loop.create_future()

    def _call_check_cancel(destination):
        if destination.cancelled():
            future.cancel()

    def _call_set_state(source):
        if loop.is_closed():
            return
        loop.call_soon_threadsafe(_copy_future_state, source, new_future)

    new_future.add_done_callback(_call_check_cancel)
    future.add_done_callback(_call_set_state)
    return new_future
