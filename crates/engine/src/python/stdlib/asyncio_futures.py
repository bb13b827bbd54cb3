"""asyncio's Future and Task (CPython's asyncio/futures.py and tasks.py; in CPython
both are written in C, so tracebacks show none of their frames, and ours are hidden).

A task steps its coroutine with send/throw; what the coroutine awaits at the bottom
is a Future, whose __await__ yields it to the task, which then waits for it."""

__cpython_file__ = "/usr/lib/python3.11/asyncio/futures.py"

import _kernel
from asyncio.events import get_event_loop, _library_file, _format_callbacks
from asyncio.exceptions import CancelledError, InvalidStateError

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'
# A record in the run's trace for each step, await and wake-up of a task (os/trace.rs).
_trace_task = _kernel.trace_task
def _awaited(future):
    # What a suspended task waits for, in Python's words, for the page: another
    # task by its name, else what the library that made the future named it.
    if isinstance(future, Task):
        return future._name
    return future._waits_on or type(future).__name__


class Future:
    # What a task awaiting this future waits for (set where the library makes one).
    _waits_on = None
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
                callback.task._trace('woken')
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
        # The library's own tasks (asyncio.run's shutdown steps) are not the
        # program's: the page does not draw them.
        self._traced = frame is None or not frame.f_code.co_filename.startswith('<asyncio.')
        self._wakeup_cb = _TaskWakeup(self)
        self._trace('created', self._name, self._coro_info[0], self._coro)
        self._loop.call_soon(self.__step)
        self._loop._tasks.append(self)

    def _trace(self, step, *words):
        if self._traced:
            _trace_task(self._serial, step, *words)

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
        self._trace('created', self._name, self._coro_info[0], self._coro)

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
        self._trace('runs')
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
            self._trace('done')
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
                self._trace('awaits', _awaited(result))
                if self._must_cancel:
                    if self._fut_waiter.cancel(msg=self._cancel_message):
                        self._must_cancel = False
            else:
                error = RuntimeError(f'yield was used instead of yield from in task {self!r} with {result!r}')
                self._loop.call_soon(self.__step, error)
        elif result is None:
            self._trace('yields')
            self._loop.call_soon(self.__step)
        else:
            error = RuntimeError(f'Task got bad yield: {result!r}')
            self._loop.call_soon(self.__step, error)

    def _wakeup(self, future):
        # The step runs outside this except block, as CPython's C task steps: the
        # coroutine must not see the future's exception as one being handled.
        try:
            future.result()
        except BaseException as exc:
            error = exc
        else:
            error = None
        self.__step(error)


class _TaskWakeup:
    # What a task adds to the future it awaits (CPython's repr: Task.task_wakeup()).
    __slots__ = ('task',)
    _asyncio_repr = 'Task.task_wakeup()'

    def __init__(self, task):
        self.task = task

    def __call__(self, future):
        self.task._wakeup(future)


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
    new_future._waits_on = 'run_in_executor()'

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

