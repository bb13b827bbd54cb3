"""`multiprocessing.pool`: a pool of worker processes fed through queues."""

__cpython_file__ = "/usr/lib/python3.11/multiprocessing/pool.py"

import _kernel
import itertools
import threading
import multiprocessing
from multiprocessing import Process, Queue, TimeoutError, cpu_count

RUN = 0
CLOSE = 1
TERMINATE = 2

_job_counter = 0


def _next_job():
    global _job_counter
    _job_counter += 1
    return _job_counter


def mapstar(args):
    return list(map(*args))  #@cpython:48


def starmapstar(args):
    return list(itertools.starmap(args[0], args[1]))  #@cpython:51


class RemoteTraceback(Exception):
    """The worker's traceback, as the parent's exception's cause."""

    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


def _remote(exc):
    """What crosses back for an exception: it, and its traceback as text."""
    return exc, '\n"""\n' + _kernel.format_exception(exc) + '"""'


def _rebuild(exc, tb):
    if tb is not None:
        exc.__cause__ = RemoteTraceback(tb)
    return exc


class MaybeEncodingError(Exception):
    # A result the worker could not send back (it does not pickle).
    def __init__(self, exc, value):
        self.exc = repr(exc)
        self.value = repr(value)
        super().__init__(self.exc, self.value)

    def __str__(self):
        return "Error sending result: '%s'. Reason: '%s'" % (self.value, self.exc)

    def __repr__(self):
        return "<%s: %s>" % (self.__class__.__name__, self)


def worker(inqueue, outqueue, initializer=None, initargs=(), maxtasks=None):
    if initializer is not None:
        initializer(*initargs)
    completed = 0
    # With maxtasksperchild a worker ends after that many tasks; the pool's worker
    # handler starts another in its place.
    while maxtasks is None or completed < maxtasks:
        task = inqueue.get()
        if task is None:
            break
        job, i, func, args, kwds = task
        try:
            result = (True, func(*args, **kwds))  #@cpython:125
        except Exception as e:
            result = (False, _remote(e))
        try:
            outqueue.put((job, i, result))
        except Exception as e:
            outqueue.put((job, i, (False, (MaybeEncodingError(e, result[1]), None))))
        completed += 1


class ApplyResult:
    def __init__(self, pool, callback, error_callback):
        self._pool = pool
        self._event = threading._internal(threading.Event())
        self._job = _next_job()
        self._callback = callback
        self._error_callback = error_callback
        pool._cache[self._job] = self

    def ready(self):
        return self._event.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._success

    def wait(self, timeout=None):
        self._event.wait(timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            raise TimeoutError  #@cpython:770
        if self._success:
            return self._value
        raise self._value  #@cpython:774

    def _set(self, i, obj):
        self._success, self._value = obj
        if self._callback and self._success:
            self._callback(self._value)
        if self._error_callback and not self._success:
            self._error_callback(self._value)
        self._event.set()
        del self._pool._cache[self._job]


AsyncResult = ApplyResult


class MapResult(ApplyResult):
    def __init__(self, pool, chunksize, length, callback, error_callback):
        ApplyResult.__init__(self, pool, callback, error_callback)
        self._success = True
        self._value = [None] * length
        self._chunksize = chunksize
        if chunksize <= 0:
            self._number_left = 0
            self._event.set()
            del pool._cache[self._job]
        else:
            self._number_left = length // chunksize + bool(length % chunksize)

    def _set(self, i, success_result):
        self._number_left -= 1
        success, result = success_result
        if success and self._success:
            self._value[i * self._chunksize:(i + 1) * self._chunksize] = result
            if self._number_left == 0:
                if self._callback:
                    self._callback(self._value)
                del self._pool._cache[self._job]
                self._event.set()
        else:
            if not success and self._success:
                self._success = False
                self._value = result
                if self._error_callback:
                    self._error_callback(self._value)
            if self._number_left == 0:
                del self._pool._cache[self._job]
                self._event.set()


class IMapIterator:
    def __init__(self, pool, ordered):
        self._pool = pool
        self._cond = threading._internal(threading.Condition(threading.Lock()))
        self._job = _next_job()
        self._items = []
        self._index = 0
        self._length = None
        self._unsorted = {}
        self._ordered = ordered
        pool._cache[self._job] = self

    def __iter__(self):
        return self

    def next(self, timeout=None):
        with self._cond:
            while not self._items:
                if self._index == self._length:
                    raise StopIteration from None
                if not self._cond.wait(timeout) and not self._items:
                    if self._index == self._length:
                        raise StopIteration from None
                    raise TimeoutError from None
            success, value = self._items.pop(0)
        if success:
            return value
        raise value

    __next__ = next

    def _set(self, i, obj):
        with self._cond:
            if not self._ordered or self._index == i:
                self._items.append(obj)
                self._index += 1
                while self._ordered and self._index in self._unsorted:
                    self._items.append(self._unsorted.pop(self._index))
                    self._index += 1
                self._cond.notify()
            else:
                self._unsorted[i] = obj
            if self._index == self._length:
                self._pool._cache.pop(self._job, None)

    def _set_length(self, length):
        with self._cond:
            self._length = length
            if self._index == self._length:
                self._cond.notify()
                self._pool._cache.pop(self._job, None)


class Pool:
    _wrap_exception = True

    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None, context=None):
        if processes is None:
            processes = cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        if maxtasksperchild is not None:
            if not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0:
                raise ValueError("maxtasksperchild must be a positive int or None")
        self._state = RUN
        self._cache = {}
        self._processes = processes
        import multiprocessing
        self._ctx = context or multiprocessing.get_context()
        self._inqueue, self._outqueue = threading._internal(self._ctx.SimpleQueue(), self._ctx.SimpleQueue())
        self._pool = []
        self._initializer, self._initargs = initializer, initargs
        self._maxtasksperchild = maxtasksperchild
        self._repopulate_pool()
        self._worker_handler = None
        if maxtasksperchild is not None:
            # Workers end after their tasks: a thread replaces each as it exits,
            # woken by the workers' sentinels or by a change of the pool's state.
            self._change_reader, self._change_writer = threading._internal(*self._ctx.Pipe(duplex=False))
            self._worker_handler = threading.Thread(target=self._handle_workers, daemon=True)
            self._worker_handler.start()
        self._result_handler = threading.Thread(target=self._handle_results, daemon=True)
        self._result_handler.start()

    def _repopulate_pool(self):
        for _ in range(self._processes - len(self._pool)):
            args = (self._inqueue, self._outqueue, self._initializer, self._initargs, self._maxtasksperchild)
            w = self._ctx.Process(target=worker, args=args)
            w.name = w.name.replace('Process', 'PoolWorker')
            w.daemon = True
            w.start()
            self._pool.append(w)

    def _handle_workers(self):
        from multiprocessing.connection import wait
        while self._state == RUN or (self._cache and self._state != TERMINATE):
            exited = [w for w in self._pool if w.exitcode is not None]
            for w in exited:
                w.join()
                self._pool.remove(w)
            if exited and self._state != TERMINATE:
                self._repopulate_pool()
            wait([w.sentinel for w in self._pool] + [self._change_reader])
            while self._change_reader.poll():
                self._change_reader.recv_bytes()

    def _changed(self):
        if self._worker_handler is not None:
            self._change_writer.send_bytes(b'')

    def _handle_results(self):
        while True:
            item = self._outqueue.get()
            if item is None:
                return
            job, i, obj = item
            if not obj[0]:
                obj = (False, _rebuild(*obj[1]))
            result = self._cache.get(job)
            if result is not None:
                result._set(i, obj)

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()  #@cpython:360

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check_running()
        result = ApplyResult(self, callback, error_callback)
        self._put_task(result, (result._job, 0, func, args, kwds))
        return result

    def _put_task(self, result, task):
        # CPython's task handler thread pickles the task; one that cannot be sent
        # fails its result, which get() raises.
        try:
            self._inqueue.put(task)
        except Exception as e:
            result._set(task[1], (False, e))

    def _map_async(self, func, iterable, mapper, chunksize=None, callback=None, error_callback=None):
        self._check_running()
        if not hasattr(iterable, '__len__'):
            iterable = list(iterable)
        if chunksize is None:
            chunksize, extra = divmod(len(iterable), len(self._pool) * 4)
            if extra:
                chunksize += 1
        if len(iterable) == 0:
            chunksize = 0
        result = MapResult(self, chunksize, len(iterable), callback, error_callback)
        items = list(iterable)
        for i, start in enumerate(range(0, len(items), max(chunksize, 1))):
            chunk = tuple(items[start:start + chunksize])
            self._put_task(result, (result._job, i, mapper, ((func, chunk),), {}))
        return result

    def map(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, mapstar, chunksize).get()  #@cpython:367

    def starmap(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, starmapstar, chunksize).get()  #@cpython:375

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, mapstar, chunksize, callback, error_callback)

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, starmapstar, chunksize, callback, error_callback)

    def _imap(self, func, iterable, chunksize, ordered):
        self._check_running()
        result = IMapIterator(self, ordered)
        count = 0
        for i, item in enumerate(iterable):
            self._inqueue.put((result._job, i, func, (item,), {}))
            count += 1
        result._set_length(count)
        return result

    def imap(self, func, iterable, chunksize=1):
        return self._imap(func, iterable, chunksize, True)

    def imap_unordered(self, func, iterable, chunksize=1):
        return self._imap(func, iterable, chunksize, False)

    def close(self):
        if self._state == RUN:
            self._state = CLOSE
            for _ in self._pool:
                self._inqueue.put(None)
            self._changed()

    def terminate(self):
        self._state = TERMINATE
        self._changed()
        if self._worker_handler is not None and self._worker_handler is not threading.current_thread():
            self._worker_handler.join()
        for w in self._pool:
            if w.exitcode is None:
                w.terminate()
        self._outqueue.put(None)

    def join(self):
        if self._state == RUN:
            raise ValueError("Pool is still running")
        elif self._state not in (CLOSE, TERMINATE):
            raise ValueError("In unknown state")
        if self._worker_handler is not None:
            self._worker_handler.join()
        for w in self._pool:
            w.join()
        if self._result_handler.is_alive():
            self._outqueue.put(None)
            self._result_handler.join()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()

    def __repr__(self):
        return (f'<{type(self).__module__}.{type(self).__qualname__} '
                f'state={("RUN", "CLOSE", "TERMINATE")[self._state]} pool_size={len(self._pool)}>')



class _DummyProcess(threading.Thread):
    """A pool worker that is a thread (multiprocessing.dummy's Process)."""

    @property
    def exitcode(self):
        return None if self.is_alive() else 0

    def terminate(self):
        # A thread cannot be killed: a terminated ThreadPool's workers finish
        # their task and stop at the sentinels.
        pass


class _ThreadContext:
    """What a ThreadPool makes its workers and queues with."""

    def Process(self, target=None, args=()):
        return _DummyProcess(target=target, args=args)

    def SimpleQueue(self):
        import queue
        return queue.SimpleQueue()


class ThreadPool(Pool):
    """The Pool API over threads of this process: tasks are not copied."""

    def __init__(self, processes=None, initializer=None, initargs=()):
        Pool.__init__(self, processes, initializer, initargs, context=_ThreadContext())

    def terminate(self):
        self._state = TERMINATE
        for _ in self._pool:
            self._inqueue.put(None)
        self._outqueue.put(None)
