"""`concurrent.futures`: executors and futures, over threading and multiprocessing."""

__cpython_file__ = "/usr/lib/python3.11/concurrent/futures/_base.py"

import threading
import _kernel

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished",
}

TimeoutError = TimeoutError


class Error(Exception):
    """Base class for all future-related exceptions."""
    __module__ = 'concurrent.futures._base'


class CancelledError(Error):
    """The Future was cancelled."""
    __module__ = 'concurrent.futures._base'


class InvalidStateError(Error):
    """The operation is not allowed in this state."""
    __module__ = 'concurrent.futures._base'


class BrokenExecutor(RuntimeError):
    """Raised when an executor has become non-functional after a severe failure."""


class Future:
    """The result of an asynchronous call."""

    def __init__(self):
        self._condition = threading._internal(threading.Condition())
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception as exc:
                import sys
                print(f'exception calling callback for {self!r}', file=sys.stderr)
                _kernel.print_exception(exc)

    def __repr__(self):
        # Reads only: no lock, so a repr made inside a callback (str.format) cannot wait.
        if self._state == FINISHED:
            if self._exception:
                return '<%s at %#x state=%s raised %s>' % (
                    self.__class__.__name__, id(self), _STATE_TO_DESCRIPTION_MAP[self._state],
                    self._exception.__class__.__name__)
            return '<%s at %#x state=%s returned %s>' % (
                self.__class__.__name__, id(self), _STATE_TO_DESCRIPTION_MAP[self._state],
                self._result.__class__.__name__)
        return '<%s at %#x state=%s>' % (
            self.__class__.__name__, id(self), _STATE_TO_DESCRIPTION_MAP[self._state])

    def cancel(self):
        with self._condition:
            if self._state in [RUNNING, FINISHED]:
                return False
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        with self._condition:
            return self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]

    def running(self):
        with self._condition:
            return self._state == RUNNING

    def done(self):
        with self._condition:
            return self._state in [CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]

    def __get_result(self):
        if self._exception:
            raise self._exception  #@cpython:401
        return self._result

    def add_done_callback(self, fn):
        with self._condition:
            if self._state not in [CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]:
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception as exc:
            import sys
            print(f'exception calling callback for {self!r}', file=sys.stderr)
            _kernel.print_exception(exc)

    def result(self, timeout=None):
        with self._condition:
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                raise CancelledError()
            if self._state == FINISHED:
                return self.__get_result()  #@cpython:449
            self._condition.wait(timeout)
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                raise CancelledError()
            if self._state == FINISHED:
                return self.__get_result()  #@cpython:456
            raise TimeoutError()

    def exception(self, timeout=None):
        with self._condition:
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                raise CancelledError()
            if self._state == FINISHED:
                return self._exception
            self._condition.wait(timeout)
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                raise CancelledError()
            if self._state == FINISHED:
                return self._exception
            raise TimeoutError()

    def set_running_or_notify_cancel(self):
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.add_cancelled(self)
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
            raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        with self._condition:
            if self._state in {CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED}:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_result(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_exception(self, exception):
        with self._condition:
            if self._state in {CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED}:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._exception = exception
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_exception(self)
            self._condition.notify_all()
        self._invoke_callbacks()


class _Waiter:
    """Collects finished futures for wait() and as_completed()."""

    def __init__(self, return_when, pending_count=0, stop_on_exception=False):
        self.event, self.lock = threading._internal(threading.Event(), threading.Lock())
        self.finished_futures = []
        self.return_when = return_when
        self.num_pending_calls = pending_count
        self.stop_on_exception = stop_on_exception

    def _done(self, future, failed=False):
        with self.lock:
            self.finished_futures.append(future)
            if self.return_when == ALL_COMPLETED:
                self.num_pending_calls -= 1
                if failed and self.stop_on_exception:
                    self.event.set()
                elif not self.num_pending_calls:
                    self.event.set()
            else:
                self.event.set()

    def add_result(self, future):
        self._done(future)

    def add_exception(self, future):
        self._done(future, failed=True)

    def add_cancelled(self, future):
        self._done(future)


def _create_and_install_waiters(fs, return_when):
    if return_when == FIRST_EXCEPTION:
        pending = sum(f._state not in [CANCELLED_AND_NOTIFIED, FINISHED] for f in fs)
        waiter = _Waiter(ALL_COMPLETED, pending, stop_on_exception=True)
    elif return_when == ALL_COMPLETED:
        pending = sum(f._state not in [CANCELLED_AND_NOTIFIED, FINISHED] for f in fs)
        waiter = _Waiter(ALL_COMPLETED, pending)
    elif return_when == FIRST_COMPLETED or return_when == 'as_completed':
        waiter = _Waiter(FIRST_COMPLETED)
    else:
        raise ValueError("Invalid return condition: %r" % return_when)
    for f in fs:
        f._waiters.append(waiter)
    return waiter


def as_completed(fs, timeout=None):
    end_time = None if timeout is None else _kernel.monotonic() + timeout
    fs = set(fs)
    total = len(fs)
    finished = set(f for f in fs if f._state in [CANCELLED_AND_NOTIFIED, FINISHED])
    pending = fs - finished
    waiter = _create_and_install_waiters(fs, 'as_completed')
    try:
        yield from finished
        while pending:
            wait_timeout = None
            if timeout is not None:
                wait_timeout = end_time - _kernel.monotonic()
                if wait_timeout < 0:
                    raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), total))
            waiter.event.wait(wait_timeout)
            with waiter.lock:
                done = waiter.finished_futures
                waiter.finished_futures = []
                waiter.event.clear()
            for future in done:
                if future in pending:
                    pending.remove(future)
                    yield future
            if timeout is not None and not done and _kernel.monotonic() >= end_time:
                raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), total))
    finally:
        for f in fs:
            if waiter in f._waiters:
                f._waiters.remove(waiter)


class DoneAndNotDoneFutures:
    def __init__(self, done, not_done):
        self.done = done
        self.not_done = not_done

    def __iter__(self):
        return iter((self.done, self.not_done))

    def __repr__(self):
        return f"DoneAndNotDoneFutures(done={self.done!r}, not_done={self.not_done!r})"


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    fs = set(fs)
    done = set(f for f in fs if f._state in [CANCELLED_AND_NOTIFIED, FINISHED])
    not_done = fs - done
    if return_when == FIRST_COMPLETED and done:
        return DoneAndNotDoneFutures(done, not_done)
    if return_when == FIRST_EXCEPTION and done:
        if any(f for f in done if not f.cancelled() and f.exception() is not None):
            return DoneAndNotDoneFutures(done, not_done)
    if len(done) == len(fs):
        return DoneAndNotDoneFutures(done, not_done)
    waiter = _create_and_install_waiters(fs, return_when)
    waiter.event.wait(timeout)
    for f in fs:
        if waiter in f._waiters:
            f._waiters.remove(waiter)
    done.update(waiter.finished_futures)
    return DoneAndNotDoneFutures(done, fs - done)


# Executors still running; at exit they finish their work and stop, as CPython's do.
_live_executors = []


def _python_exit():
    for executor in list(_live_executors):
        executor.shutdown(wait=True)


threading._register_atexit(_python_exit)
# A forked child does not own its parent's executors.
threading._after_fork_hooks.append(_live_executors.clear)


class Executor:
    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        end_time = None if timeout is None else timeout + _kernel.monotonic()
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            try:
                fs.reverse()
                while fs:
                    if timeout is None:
                        yield fs.pop().result()
                    else:
                        yield fs.pop().result(end_time - _kernel.monotonic())
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)  #@cpython:concurrent/futures/thread.py:58
        except BaseException as exc:
            self.future.set_exception(exc)
            self = None
        else:
            self.future.set_result(result)


def _thread_worker(executor, work_queue, initializer, initargs):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            executor._broken = 'A thread initializer failed, the thread pool is not usable anymore'
            return
    while True:
        work_item = work_queue.get(block=True)
        if work_item is not None:
            work_item.run()
            del work_item
            executor._idle_semaphore.release()
            continue
        executor._shutdown_seen = True
        work_queue.put(None)
        return


class BrokenThreadPool(BrokenExecutor):
    """Raised when a worker thread in a ThreadPoolExecutor failed initializing."""


_thread_executor_counter = 0


class ThreadPoolExecutor(Executor):
    __module__ = 'concurrent.futures.thread'

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        global _thread_executor_counter
        import queue
        if max_workers is None:
            max_workers = min(32, (_kernel.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._work_queue = threading._internal(queue.SimpleQueue())
        self._idle_semaphore = threading._internal(threading.Semaphore(0))
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading._internal(threading.Lock())
        if not thread_name_prefix:
            thread_name_prefix = "ThreadPoolExecutor-%d" % _thread_executor_counter
            _thread_executor_counter += 1
        self._thread_name_prefix = thread_name_prefix
        self._initializer = initializer
        self._initargs = initargs
        _live_executors.append(self)

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            f = Future()
            self._work_queue.put(_WorkItem(f, fn, args, kwargs))
            self._adjust_thread_count()
            return f

    def _adjust_thread_count(self):
        # An idle worker will take the item; otherwise start one, up to the limit.
        if self._idle_semaphore.acquire(timeout=0):
            return
        num_threads = len(self._threads)
        if num_threads < self._max_workers:
            thread_name = '%s_%d' % (self._thread_name_prefix or self, num_threads)
            t = threading.Thread(name=thread_name, target=_thread_worker,
                                 args=(self, self._work_queue, self._initializer, self._initargs))
            t.start()
            self._threads.add(t)

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            if self in _live_executors:
                _live_executors.remove(self)
            self._shutdown = True
            if cancel_futures:
                while True:
                    try:
                        work_item = self._work_queue.get_nowait()
                    except Exception:
                        break
                    if work_item is not None:
                        work_item.future.cancel()
            self._work_queue.put(None)
        if wait:
            for t in list(self._threads):
                t.join()


class BrokenProcessPool(BrokenExecutor):
    """Raised when a process in a ProcessPoolExecutor terminated abruptly."""


class _RemoteTraceback(Exception):
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


def _process_worker(call_queue, result_queue, initializer, initargs):
    if initializer is not None:
        initializer(*initargs)
    while True:
        call_item = call_queue.get(block=True)
        if call_item is None:
            return
        work_id, fn, args, kwargs = call_item
        try:
            r = fn(*args, **kwargs)
        except BaseException as e:
            tb = '\n"""\n' + _kernel.format_exception(e) + '"""'
            result_queue.put((work_id, False, (e, tb)))
        else:
            result_queue.put((work_id, True, r))


class ProcessPoolExecutor(Executor):
    __module__ = 'concurrent.futures.process'

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *, max_tasks_per_child=None):
        import multiprocessing
        if max_workers is None:
            max_workers = _kernel.cpu_count() or 1
        elif max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._mp_context = mp_context or multiprocessing.get_context()
        self._call_queue, self._result_queue = threading._internal(self._mp_context.Queue(), self._mp_context.SimpleQueue())
        self._pending = {}
        self._work_ids = 0
        self._shutdown = False
        self._shutdown_lock = threading._internal(threading.Lock())
        self._processes = []
        self._initializer = initializer
        self._initargs = initargs
        self._manager = None
        self._broken = False
        _live_executors.append(self)

    def _start_workers(self):
        import multiprocessing
        for _ in range(self._max_workers):
            p = self._mp_context.Process(target=_process_worker,
                                        args=(self._call_queue, self._result_queue, self._initializer, self._initargs))
            p.start()
            self._processes.append(p)
        self._manager = threading.Thread(target=self._collect_results, daemon=True)
        self._manager.start()
        # CPython's manager thread waits on the workers' sentinels too: a worker
        # that dies while the pool runs breaks it.
        self._wakeup_reader, self._wakeup_writer = threading._internal(*self._mp_context.Pipe(duplex=False))
        self._watcher = threading.Thread(target=self._watch_workers, daemon=True)
        self._watcher.start()

    def _watch_workers(self):
        from multiprocessing.connection import wait
        ready = wait([p.sentinel for p in self._processes] + [self._wakeup_reader])
        if self._wakeup_reader in ready or self._shutdown:
            return
        self._broken = ('A child process terminated abruptly, the process pool is not usable anymore')
        error = BrokenProcessPool("A process in the process pool was terminated abruptly while the future was running or pending.")
        pending, self._pending = self._pending, {}
        for future in pending.values():
            future.set_exception(error)
        for p in self._processes:
            p.terminate()
        self._result_queue.put(None)

    def _collect_results(self):
        while True:
            item = self._result_queue.get()
            if item is None:
                return
            work_id, ok, value = item
            future = self._pending.pop(work_id, None)
            if future is None:
                continue
            if ok:
                future.set_result(value)
            else:
                exc, tb = value
                exc.__cause__ = _RemoteTraceback(tb)
                future.set_exception(exc)

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            if self._broken:
                raise BrokenProcessPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if self._manager is None:
                self._start_workers()
            f = Future()
            f.set_running_or_notify_cancel()
            self._pending[self._work_ids] = f
            try:
                self._call_queue.put((self._work_ids, fn, args, kwargs))
            except Exception as e:
                # CPython's feeder thread fails to pickle the call: the future fails.
                del self._pending[self._work_ids]
                f.set_exception(e)
            self._work_ids += 1
            return f

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            if self in _live_executors:
                _live_executors.remove(self)
            if self._shutdown:
                return
            self._shutdown = True
        if self._manager is not None and not self._broken:
            self._wakeup_writer.send_bytes(b'')
        for _ in self._processes:
            self._call_queue.put(None)
        if wait:
            for p in self._processes:
                p.join()
            if self._manager is not None:
                self._result_queue.put(None)
                self._manager.join()
