"""Thread-based parallelism, over the simulated kernel (see README.md)."""

__cpython_file__ = "/usr/lib/python3.11/threading.py"

import _kernel
import sys as _sys

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate',
           'main_thread', 'TIMEOUT_MAX', 'Event', 'Lock', 'RLock', 'Semaphore',
           'BoundedSemaphore', 'Thread', 'Barrier', 'BrokenBarrierError', 'Timer',
           'ThreadError', 'excepthook', 'ExceptHookArgs', 'local', 'get_native_id']

TIMEOUT_MAX = 9223372036.0
ThreadError = RuntimeError

get_ident = _kernel.get_ident
get_native_id = _kernel.get_ident


def _deprecated(message):
    import warnings
    warnings.warn(message, DeprecationWarning, stacklevel=3)


def _timeout_arg(blocking, timeout):
    """`acquire(blocking, timeout)` with timeout -1 meaning forever, as CPython's."""
    if not blocking and timeout != -1:
        raise ValueError("can't specify a timeout for a non-blocking call")
    if timeout < 0 and timeout != -1:
        raise ValueError("timeout value must be positive")
    return None if timeout == -1 else timeout


def _internal(*objects):
    """Marks what the library made for its own use (a Condition's waiter, a
    Future's condition, a pool's queues): the page lists only the program's objects.
    Returns what it was given."""
    for obj in objects:
        for part in (getattr(obj, '_lock', None), getattr(obj, '_count', None), obj):
            handle = getattr(part, '_handle', None)
            if handle is not None:
                _kernel.mark_internal(handle)
    return objects[0] if len(objects) == 1 else objects


class lock:
    """A primitive lock: `threading.Lock()` makes one. Its methods are natives
    (python/modules/thread_lock.rs), as `_thread.lock`'s are C."""

    def __init__(self):
        self._handle = _kernel.new_lock(False, False)

    acquire = acquire_lock = __enter__ = _kernel.lock_acquire
    release = release_lock = _kernel.lock_release
    __exit__ = _kernel.lock_exit
    locked = _kernel.lock_locked

    def __repr__(self):
        state = "locked" if self.locked() else "unlocked"
        return f"<{state} _thread.lock object at {hex(id(self))}>"

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle '_thread.lock' object")


Lock = lock
_allocate_lock = lock


class RLock:
    """A reentrant lock: its owner may take it again, and only its owner may release it."""

    def __init__(self):
        self._handle = _kernel.new_lock(True, False)
        self._owner = None
        self._count = 0

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle '_thread.RLock' object")

    def acquire(self, blocking=True, timeout=-1):
        got = _kernel.acquire(self._handle, blocking, _timeout_arg(blocking, timeout))
        if got:
            self._owner = get_ident()
            self._count += 1
        return got

    def release(self):
        if _kernel.release(self._handle) is not None:
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if self._count == 0:
            self._owner = None

    def _is_owned(self):
        return self._owner == get_ident()

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()

    def __repr__(self):
        state = "locked" if self._count else "unlocked"
        owner = self._owner or 0
        return f"<{state} _thread.RLock object owner={owner} count={self._count} at {hex(id(self))}>"


class Condition:
    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return f"<Condition({self._lock}, {len(self._waiters)})>"

    def _is_owned(self):
        if hasattr(self._lock, "_is_owned"):
            return self._lock._is_owned()
        # A plain lock: owned if it is held and a non-blocking acquire fails.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def _release_save(self):
        if isinstance(self._lock, RLock):
            count = self._lock._count
            for _ in range(count):
                self._lock.release()
            return count
        self._lock.release()
        return 1

    def _acquire_restore(self, count):
        for _ in range(count):
            self._lock.acquire()

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _internal(lock())
        waiter.acquire()
        self._waiters.append(waiter)
        saved = self._release_save()
        gotit = False
        try:
            if timeout is None:
                waiter.acquire()
                gotit = True
            elif timeout > 0:
                gotit = waiter.acquire(True, timeout)
            else:
                gotit = waiter.acquire(False)
            return gotit
        finally:
            self._acquire_restore(saved)
            if not gotit and waiter in self._waiters:
                self._waiters.remove(waiter)

    def wait_for(self, predicate, timeout=None):
        endtime = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if endtime is None:
                    endtime = _kernel.monotonic() + waittime
                else:
                    waittime = endtime - _kernel.monotonic()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        for waiter in self._waiters[:n]:
            self._waiters.remove(waiter)
            waiter.release()

    def notify_all(self):
        self.notify(len(self._waiters))

    def notifyAll(self):
        _deprecated('notifyAll() is deprecated, use notify_all() instead')
        self.notify_all()


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._handle = _kernel.new_semaphore(value, None, False)

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        return _kernel.sem_acquire(self._handle, blocking, timeout)

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        for _ in range(n):
            if _kernel.sem_release(self._handle) is not None:
                raise ValueError("Semaphore released too many times")

    def __exit__(self, *args):
        self.release()

    def __repr__(self):
        return f"<{type(self).__module__}.{type(self).__qualname__} at {hex(id(self))}>"


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._handle = _kernel.new_semaphore(value, value, False)
        self._initial_value = value


class Event:
    def __init__(self):
        self._handle = _kernel.new_event(False)

    def is_set(self):
        return _kernel.event_is_set(self._handle)

    def isSet(self):
        _deprecated('isSet() is deprecated, use is_set() instead')
        return self.is_set()

    def set(self):
        _kernel.event_set(self._handle)

    def clear(self):
        _kernel.event_clear(self._handle)

    def wait(self, timeout=None):
        return _kernel.event_wait(self._handle, timeout)

    def __repr__(self):
        state = "set" if self.is_set() else "unset"
        return f"<{type(self).__module__}.{type(self).__qualname__} at {hex(id(self))}: {state}>"


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """Parties wait until all have arrived; then all go on (CPython's state machine:
    0 filling, 1 draining, -1 resetting, -2 broken)."""

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = 0
        self._count = 0

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._enter()
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._release()
                else:
                    self._wait(timeout)
                return index
            finally:
                self._count -= 1
                self._exit()

    def _enter(self):
        while self._state in (-1, 1):
            self._cond.wait()
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == 0

    def _release(self):
        try:
            if self._action:
                self._action()
            self._state = 1
            self._cond.notify_all()
        except:
            self._break()
            raise

    def _wait(self, timeout):
        if not self._cond.wait_for(lambda: self._state != 0, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == 1

    def _exit(self):
        if self._count == 0:
            if self._state in (-1, 1):
                self._state = 0
                self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._count > 0:
                if self._state == 0:
                    self._state = -1
                elif self._state == -2:
                    self._state = -1
            else:
                self._state = 0
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    def _break(self):
        self._state = -2
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == 0:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == -2

    def __repr__(self):
        if self.broken:
            return f"<{type(self).__module__}.{type(self).__qualname__} at {hex(id(self))}: broken>"
        return (f"<{type(self).__module__}.{type(self).__qualname__} at {hex(id(self))}: "
                f"waiters={self.n_waiting}/{self.parties}>")


_counter = 0


def _newname(name_template):
    global _counter
    _counter += 1
    return name_template % _counter


# ident -> Thread, for the threads that are running.
_active = {}


class Thread:
    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    target_name = target.__name__
                    name += f" ({target_name})"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._started = False
        self._is_stopped = False
        self._initialized = True
        self._stderr = _sys.stderr

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started:
            status = "started"
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")  #@cpython:956
        if self._started:
            raise RuntimeError("threads can only be started once")  #@cpython:959
        self._started = True
        # The kernel runs the new thread first, as CPython's start() waits for it.
        try:
            self._ident = _kernel.start_thread(self._bootstrap_inner)  #@cpython:964
        except Exception:
            self._started = False
            raise

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)  #@cpython:982
        finally:
            del self._target, self._args, self._kwargs

    def _bootstrap_inner(self):
        self._ident = get_ident()
        self._native_id = self._ident
        _active[self._ident] = self
        try:
            try:
                self.run()  #@cpython:1045
            except SystemExit:
                pass
            except BaseException as exc:
                _report_thread_exception(self, exc)
        finally:
            self._is_stopped = True
            _active.pop(self._ident, None)

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started:
            raise RuntimeError("cannot join thread before it is started")  #@cpython:1114
        if self is current_thread():
            raise RuntimeError("cannot join current thread")  #@cpython:1116
        if timeout is not None and timeout < 0:
            timeout = 0
        _kernel.join_thread(self._ident, timeout)

    @property
    def name(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    def is_alive(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._started and not self._is_stopped

    @property
    def daemon(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started:
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        _deprecated('isDaemon() is deprecated, get the daemon attribute instead')
        return self.daemon

    def setDaemon(self, daemonic):
        _deprecated('setDaemon() is deprecated, set the daemon attribute instead')
        self.daemon = daemonic

    def getName(self):
        _deprecated('getName() is deprecated, get the name attribute instead')
        return self.name

    def setName(self, name):
        _deprecated('setName() is deprecated, set the name attribute instead')
        self.name = name


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started = True
        self._ident = get_ident()
        self._native_id = self._ident
        _active[self._ident] = self


class _DummyThread(Thread):
    """A thread threading did not start (one forked into a child, say)."""

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started = True
        self._ident = get_ident()
        self._native_id = self._ident
        _active[self._ident] = self

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


_main_thread = _MainThread()

# The thread that forks becomes the child's main thread (as on Linux, only it
# exists there): remember it before the fork, find it again after.
_forking_ident = None


def _before_fork():
    global _forking_ident
    _forking_ident = get_ident()


import os as _os
_os.register_at_fork(before=_before_fork, after_in_child=lambda: _after_fork())


# Run in a forked child, as os.register_at_fork(after_in_child=...) hooks are.
_after_fork_hooks = []


def _after_fork():
    """In a forked child only the thread that forked exists; it becomes the main thread."""
    global _main_thread
    for hook in _after_fork_hooks:
        hook()
    current = _active.get(_forking_ident if _forking_ident is not None else get_ident())
    if current is not None:
        # Per-thread state (threading.local) follows the thread to its new ident.
        for per_thread in _local_values.values():
            if current._ident in per_thread:
                per_thread[get_ident()] = per_thread.pop(current._ident)
    _active.clear()
    if current is None:
        current = _DummyThread()
    current._ident = get_ident()
    current._native_id = current._ident
    _active[current._ident] = current
    _main_thread = current


def current_thread():
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    _deprecated('currentThread() is deprecated, use current_thread() instead')
    return current_thread()


def main_thread():
    return _main_thread


def active_count():
    return len(_active)


def activeCount():
    _deprecated('activeCount() is deprecated, use active_count() instead')
    return active_count()


def enumerate():
    return list(_active.values())


# Called at the start of _shutdown(), before non-daemon threads are joined
# (concurrent.futures stops its executors here), last registered first.
_threading_atexits = []
_SHUTTING_DOWN = False


def _register_atexit(func, *arg, **kwargs):
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append((func, arg, kwargs))


def _shutdown():
    """At the end of the main thread: run the threading atexits, then wait for
    every non-daemon thread."""
    global _SHUTTING_DOWN
    _SHUTTING_DOWN = True
    for func, arg, kwargs in reversed(_threading_atexits):
        func(*arg, **kwargs)
    while True:
        waiting = [t for t in _active.values() if t is not _main_thread and not t._daemonic and t.is_alive()]
        if not waiting:
            return
        waiting[0].join()


class ExceptHookArgs:
    def __init__(self, exc_type, exc_value, exc_traceback, thread):
        self.exc_type = exc_type
        self.exc_value = exc_value
        self.exc_traceback = exc_traceback
        self.thread = thread


def excepthook(args, /):
    """Prints an exception that escaped a thread, as CPython's default hook does."""
    if args.exc_type == SystemExit:
        return
    name = args.thread.name if args.thread is not None else get_ident()
    print(f"Exception in thread {name}:", file=_sys.stderr, flush=True)
    _kernel.print_exception(args.exc_value)


__excepthook__ = excepthook


def _report_thread_exception(thread, exc):
    hook = excepthook
    hook(ExceptHookArgs(type(exc), exc, exc.__traceback__, thread))


class Timer(Thread):
    """Calls a function after `interval` seconds, unless cancelled first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = _internal(Event())

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)  #@cpython:1401
        self.finished.set()


# id(local object) -> {thread ident: that thread's attributes}, and its init args.
_local_values = {}
_local_init = {}


class _local:
    """Attributes that each thread sees separately. The values live outside the
    instance, one dict per thread, so ordinary lookup misses and __getattr__ finds
    the calling thread's."""

    __module__ = '_thread'

    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        # Kept for the threads to come: a subclass's __init__ runs again in each.
        _local_init[id(self)] = (args, kwargs)
        _local_values[id(self)] = {get_ident(): {}}
        return self

    def __init__(self, *args, **kwargs):
        if args or kwargs:
            raise TypeError("Initialization arguments are not supported")

    def _local__values(self):
        per_thread = _local_values.setdefault(id(self), {})
        ident = get_ident()
        if ident not in per_thread:
            per_thread[ident] = {}
            if type(self).__init__ is not _local.__init__:
                args, kwargs = _local_init.get(id(self), ((), {}))
                type(self).__init__(self, *args, **kwargs)
        return per_thread[ident]

    @property
    def __dict__(self):
        return _local._local__values(self)

    def _local__missing(self, name):
        kind = "'_thread._local'" if type(self) is _local else f"'{type(self).__name__}'"
        return AttributeError(f"{kind} object has no attribute '{name}'")

    def __getattr__(self, name):
        values = _local._local__values(self)
        if name in values:
            return values[name]
        raise _local._local__missing(self, name)

    def __setattr__(self, name, value):
        _local._local__values(self)[name] = value

    def __delattr__(self, name):
        values = _local._local__values(self)
        if name not in values:
            raise _local._local__missing(self, name)
        del values[name]


local = _local
