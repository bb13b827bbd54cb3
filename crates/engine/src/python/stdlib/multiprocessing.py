"""Process-based parallelism, over the simulated kernel (see README.md).

This module holds what CPython spreads over process.py, context.py, queues.py,
synchronize.py, connection.py and sharedctypes.py; `multiprocessing.pool`,
`.managers`, `.dummy`, `.spawn`, `.popen_spawn_posix` and `.reduction` are modules
of their own (stdlib/README.md).
"""

__cpython_file__ = "/usr/lib/python3.11/multiprocessing/process.py"

import _kernel
import sys
import threading
import atexit
from queue import Empty, Full

SIGTERM = 15
SIGKILL = 9
_exitcode_to_name = {-SIGTERM: '-SIGTERM', -SIGKILL: '-SIGKILL', -2: '-SIGINT', -1: '-SIGHUP'}


class ProcessError(Exception):
    pass


class BufferTooShort(ProcessError):
    pass


class TimeoutError(ProcessError):
    __module__ = 'multiprocessing.context'



class AuthenticationError(ProcessError):
    pass


# CPython defines these in multiprocessing.context.
for _error in (ProcessError, BufferTooShort, AuthenticationError):
    _error.__module__ = 'multiprocessing.context'


class AuthenticationString(bytes):
    def __reduce__(self):
        raise TypeError('Pickling an AuthenticationString object is disallowed for security reasons')


# The start method, as set_start_method() leaves it. Linux's default is fork.
_start_method = None


def _flush_std_streams():
    try:
        sys.stdout.flush()
    except (AttributeError, ValueError):
        pass
    try:
        sys.stderr.flush()
    except (AttributeError, ValueError):
        pass


class BaseProcess:
    """A process object: `Process(target=f, args=(...))` or a subclass with `run`."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}, *, daemon=None):
        assert group is None, 'group argument must be None for now'
        global _process_counter
        _process_counter += 1
        self._identity = _current_process._identity + (_process_counter,)
        self._config = dict(_current_process._config)
        self._parent_pid = _kernel.getpid()
        self._parent_name = _current_process.name
        self._popen = None
        self._exitcode = None
        self._closed = False
        self._target = target
        self._args = tuple(args)  #@cpython:91
        self._kwargs = dict(kwargs)
        self._name = name or type(self).__name__ + '-' + ':'.join(str(i) for i in self._identity)
        if daemon is not None:
            self.daemon = daemon

    def _check_closed(self):
        if self._closed:  #@cpython:100
            raise ValueError("process object is closed")

    def run(self):
        '''
        Method to be run in sub-process; can be overridden in sub-class
        '''
        if self._target:
            self._target(*self._args, **self._kwargs)  #@cpython:108

    def start(self):
        self._check_closed()  #@cpython:114
        assert self._popen is None, 'cannot start a process twice'  #@cpython:115
        assert self._parent_pid == _kernel.getpid(), \
               'can only start a process object created by current process'
        assert not _current_process._config.get('daemon'), \
               'daemonic processes are not allowed to have children'
        _cleanup()
        if (type(self)._start_method or get_start_method()) != 'fork':
            # A fresh interpreter (multiprocessing/spawn.py): the process object
            # travels to it serialised.
            self._popen = self._Popen(self)  #@cpython:121
            self._popen = self._popen.pid
            del self._target, self._args, self._kwargs
            _adopt(self)
            return
        _flush_std_streams()
        import os
        os._run_before_fork()
        # The child starts without its parent's children (CPython's _bootstrap
        # gives it a fresh set), from the fork on.
        pid = _kernel.fork(_children, _child_pids)
        if pid == 0:
            import os
            os._run_after_fork_in_child()
            _kernel.exit(self._bootstrap())
        self._popen = pid
        del self._target, self._args, self._kwargs
        _adopt(self)

    def _bootstrap(self):
        global _current_process, _parent_process, _process_counter
        try:
            _process_counter = 0
            # CPython's fresh `_children`. The tables are empty already (a spawned
            # child never had any; a forked one let go of its parent's at the
            # fork, `_kernel.fork(_children, _child_pids)`), but the child does
            # the work CPython's does here, so its timing stays CPython's.
            _children.clear()
            _child_pids.clear()
            _parent_process = _ParentProcess(self._parent_name, self._parent_pid)
            _current_process = self
            # A child's stdin is /dev/null: input() there raises EOFError.
            _kernel.close_stdin()
            _info('child process calling self.run()')
            try:
                self.run()  #@cpython:314
                exitcode = 0
            finally:
                _exit_function()
        except SystemExit as e:
            if e.code is None:
                exitcode = 0
            elif isinstance(e.code, int):
                exitcode = e.code
            else:
                sys.stderr.write(str(e.code) + '\n')
                exitcode = 1
        except BaseException as e:
            exitcode = 1
            sys.stderr.write('Process %s:\n' % self.name)
            _kernel.print_exception(e)
        finally:
            threading._shutdown()
            _info('process exiting with exitcode %d' % exitcode)
            _flush_std_streams()
        return exitcode

    def terminate(self):
        self._check_closed()
        self._signal(SIGTERM, 'terminate')

    def kill(self):
        self._check_closed()
        self._signal(SIGKILL, 'kill')

    def _signal(self, signal, method):
        if self._popen is None:
            # CPython calls a method of the (missing) Popen object.
            raise AttributeError(f"'NoneType' object has no attribute '{method}'")
        if self._exitcode is None:
            _kernel.kill(self._popen, signal)

    def join(self, timeout=None):
        self._check_closed()
        assert self._parent_pid == _kernel.getpid(), 'can only join a child process'
        assert self._popen is not None, 'can only join a started process'
        if self._exitcode is None:
            if timeout is not None and timeout < 0:
                timeout = 0
            code = _kernel.wait_child(self._popen, timeout)
            if code is not None:
                self._exitcode = code
        if self._exitcode is not None:
            _forget(self)

    @property
    def sentinel(self):
        """Ready to read (multiprocessing.connection.wait, select) once the process
        has ended. CPython's is a pipe's descriptor; here an int standing for the
        kernel's sentinel of the process (os/sentinel.rs)."""
        self._check_closed()
        if self._popen is None:
            raise ValueError("process not started")
        return _Sentinel(_kernel.sentinel(self._popen))

    def _poll(self):
        if self._exitcode is None and self._popen is not None:
            # Written only once known: every start() polls every child, and a
            # write would copy the object in each forked child sharing it.
            code = _kernel.poll_child(self._popen)
            if code is not None:
                self._exitcode = code
        return self._exitcode

    def is_alive(self):
        self._check_closed()
        if self is _current_process:
            return True
        assert self._parent_pid == _kernel.getpid(), 'can only test a child process'
        if self._popen is None:
            return False
        if self._poll() is None:
            return True
        _forget(self)
        return False

    def close(self):
        if self._popen is not None:
            if self._poll() is None:
                raise ValueError("Cannot close a process while it is still running. "
                                 "You should first call join() or terminate().")
            _forget(self)
            self._popen = None
        self._closed = True

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        assert isinstance(name, str), 'name must be a string'
        self._name = name

    @property
    def daemon(self):
        return self._config.get('daemon', False)

    @daemon.setter
    def daemon(self, daemonic):
        assert self._popen is None, 'process has already started'
        self._config['daemon'] = daemonic

    @property
    def authkey(self):
        return self._config['authkey']

    @authkey.setter
    def authkey(self, authkey):
        self._config['authkey'] = AuthenticationString(authkey)

    @property
    def exitcode(self):
        self._check_closed()
        if self._popen is None:
            return self._popen
        return self._poll()

    @property
    def ident(self):
        self._check_closed()
        if self is _current_process:
            return _kernel.getpid()
        return self._popen

    pid = ident

    def __repr__(self):
        exitcode = None
        if self is _current_process:
            status = 'started'
        elif self._closed:
            status = 'closed'
        elif self._parent_pid != _kernel.getpid():
            status = 'unknown'
        elif self._popen is None:
            status = 'initial'
        else:
            exitcode = self._poll()
            status = 'stopped' if exitcode is not None else 'started'
        info = [type(self).__name__, 'name=%r' % self._name]
        if self._popen is not None:
            info.append('pid=%s' % self._popen)
        info.append('parent=%s' % self._parent_pid)
        info.append(status)
        if exitcode is not None:
            info.append('exitcode=%s' % _exitcode_to_name.get(exitcode, exitcode))
        if self.daemon:
            info.append('daemon')
        return '<%s>' % ' '.join(info)


class Process(BaseProcess):
    _start_method = None

    @staticmethod
    def _Popen(process_obj):
        return _default_context.get_context().Process._Popen(process_obj)  #@cpython:multiprocessing/context.py:224


# The processes of an explicit context (get_context(), executors) carry its name.
class ForkProcess(Process):
    _start_method = 'fork'


class SpawnProcess(Process):
    _start_method = 'spawn'

    @staticmethod
    def _Popen(process_obj):
        from multiprocessing.popen_spawn_posix import Popen
        return Popen(process_obj)  #@cpython:multiprocessing/context.py:288


# The fork server is not simulated: its children start as spawned ones do.
class ForkServerProcess(Process):
    _start_method = 'forkserver'
    _Popen = SpawnProcess._Popen


class _MainProcess(BaseProcess):
    def __init__(self):
        self._identity = ()
        self._name = 'MainProcess'
        self._parent_pid = None
        self._popen = None
        self._exitcode = None
        self._closed = False
        self._config = {'authkey': AuthenticationString(_kernel.authkey()), 'semprefix': '/mp'}


class _ParentProcess(BaseProcess):
    def __init__(self, name, pid):
        self._identity = ()
        self._name = name
        self._pid = pid
        self._parent_pid = None
        self._popen = None
        self._exitcode = None
        self._closed = False
        self._config = {}

    def is_alive(self):
        return _kernel.process_alive(self._pid)

    @property
    def ident(self):
        return self._pid

    pid = ident

    def join(self, timeout=None):
        while self.is_alive() and (timeout is None or timeout > 0):
            _kernel.sleep(0.01)
            if timeout is not None:
                timeout -= 0.01


_current_process = _MainProcess()
_parent_process = None
_process_counter = 0
_children = set()
# pid -> process, for each process in _children: what _cleanup polls.
_child_pids = {}


def current_process():
    return _current_process


def parent_process():
    return _parent_process


def _adopt(p):
    _children.add(p)
    _child_pids[p._popen] = p


def _forget(p):
    _children.discard(p)
    if _child_pids.get(p._popen) is p:
        del _child_pids[p._popen]


def _cleanup():
    # CPython polls each child in turn (waitpid with WNOHANG); one call polls
    # them all here, costs what those polls cost, and reaps the same children.
    if _child_pids:
        for pid, code in _kernel.poll_children(_child_pids):
            p = _child_pids[pid]
            p._exitcode = code
            _forget(p)


def active_children():
    _cleanup()
    return list(_children)


def cpu_count():
    return _kernel.cpu_count()


def freeze_support():
    pass


# multiprocessing's logger (CPython's util.get_logger/log_to_stderr): named
# 'multiprocessing', not passed on to the root logger, and once log_to_stderr is
# called, writing '[LEVEL/ProcessName] message' to stderr. (The library's own
# debug and info messages about starting and stopping are not logged here.)
LOGGER_NAME = 'multiprocessing'
DEFAULT_LOGGING_FORMAT = '[%(levelname)s/%(processName)s] %(message)s'
_logger = None


def get_logger():
    global _logger
    import logging
    if not _logger:
        _logger = logging.getLogger(LOGGER_NAME)
        _logger.propagate = 0
    return _logger


def _info(msg, *args):
    # util.info: the library's own messages, once a program has asked for the logger.
    if _logger:
        _logger.log(20, msg, *args)


def log_to_stderr(level=None):
    import logging
    logger = get_logger()
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter(DEFAULT_LOGGING_FORMAT))
    logger.addHandler(handler)
    if level:
        logger.setLevel(level)
    return _logger


def get_start_method(allow_none=False):
    global _start_method
    if _start_method is None and not allow_none:
        # Reading it fixes the default, as in CPython: fork on Linux, spawn on
        # Windows and macOS (the run's setting).
        _start_method = _kernel.default_start_method()
    return _start_method


def set_start_method(method, force=False):
    global _start_method
    if _start_method is not None and not force:
        raise RuntimeError('context has already been set')  #@cpython:multiprocessing/context.py:247
    if method not in ('fork', 'spawn', 'forkserver', None):
        raise ValueError('cannot find context for %r' % method)
    _start_method = method


def get_all_start_methods():
    return ['fork', 'spawn', 'forkserver']


_exiting = False
# (pid, function) to call at this process's exit: a manager stops its server.
_finalizers = []


def _exit_function():
    """At exit: run finalizers, stop daemonic children, then wait for the others."""
    global _exiting
    if _exiting:
        return
    _exiting = True
    _info('process shutting down')
    for pid, finalizer in reversed(_finalizers):
        if pid == _kernel.getpid():
            finalizer()
    for p in active_children():
        if p.daemon:
            _info('calling terminate() for daemon %s', p.name)
            _kernel.kill(p._popen, SIGTERM)
    for p in active_children():
        _info('calling join() for process %s', p.name)
        p.join()
    # Last, as CPython's queue finalizers (exit priority -5): each queue's feeder
    # thread writes what this process put into the queue's pipe, which blocks
    # while the pipe is full and nobody gets from it.
    for pid, queue in reversed(_feeders):
        if pid == _kernel.getpid() and not queue._joincancelled:
            _kernel.flush_queue(queue._handle)


# (pid, queue): the queues each process has put into, whose feeder it joins at exit.
_feeders = []

atexit.register(_exit_function)


# Synchronisation between processes: kernel objects shared by every process.

class _SemLock:
    """What CPython's semaphore-based objects share: one made in a fork context
    cannot be handed to a spawned child."""

    def _set_ctx(self, ctx):
        self._is_fork_ctx = (ctx or _default_context.get_context()).get_start_method() == 'fork'

    # The serialiser calls this for an object it refuses while spawning.
    def __getstate__(self):
        if self._is_fork_ctx:
            raise RuntimeError('A SemLock created in a fork context is being '  #@cpython:multiprocessing/synchronize.py:107
                               'shared with a process in a spawn context. This is '
                               'not supported. Please use the same context to create '
                               'multiprocessing objects and Process.')
        return self.__dict__


class Lock(_SemLock):
    def __init__(self, *, ctx=None):
        self._set_ctx(ctx)
        self._handle = _kernel.new_lock(False, True)
        self._owner = None

    def acquire(self, block=True, timeout=None):
        got = _kernel.acquire(self._handle, block, timeout)
        if got:
            self._owner = (_kernel.getpid(), _kernel.get_ident())
        return got

    def release(self):
        if _kernel.release(self._handle) is not None:
            raise ValueError('semaphore or lock released too many times')
        self._owner = None

    def _is_mine(self):
        return self._owner == (_kernel.getpid(), _kernel.get_ident())

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()

    def _owner_name(self):
        """CPython's words for who holds it, as its repr shows them."""
        if self._is_mine():
            name = current_process().name
            if threading.current_thread().name != 'MainThread':
                name += '|' + threading.current_thread().name
            return name
        if self._owner is not None and self._owner[0] == _kernel.getpid():
            return 'SomeOtherThread'
        return 'SomeOtherProcess'

    def __repr__(self):
        name = self._owner_name() if _kernel.locked(self._handle) else 'None'
        return '<%s(owner=%s)>' % (type(self).__name__, name)


class RLock(Lock):
    def __init__(self, *, ctx=None):
        self._set_ctx(ctx)
        self._handle = _kernel.new_lock(True, True)
        self._owner = None
        self._count = 0

    def acquire(self, block=True, timeout=None):
        got = _kernel.acquire(self._handle, block, timeout)
        if got:
            self._owner = (_kernel.getpid(), _kernel.get_ident())
            self._count += 1
        return got

    def release(self):
        if _kernel.release(self._handle) is not None:
            raise AssertionError('attempt to release recursive lock not owned by thread')
        self._count -= 1
        if self._count == 0:
            self._owner = None

    def __repr__(self):
        name = self._owner_name() if self._count else 'None'
        return '<%s(%s, %s)>' % (type(self).__name__, name, self._count)


class Semaphore(_SemLock):
    def __init__(self, value=1, *, ctx=None):
        if value < 0:
            raise OSError(22, 'Invalid argument')
        self._set_ctx(ctx)
        self._handle = _kernel.new_semaphore(value, None, True)

    def acquire(self, block=True, timeout=None):
        return _kernel.sem_acquire(self._handle, block, timeout)

    def release(self):
        if _kernel.sem_release(self._handle) is not None:
            raise ValueError('semaphore or lock released too many times')

    def get_value(self):
        return _kernel.sem_value(self._handle)

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()

    def __repr__(self):
        return '<%s(value=%s)>' % (type(self).__name__, self.get_value())


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1, *, ctx=None):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._set_ctx(ctx)
        self._handle = _kernel.new_semaphore(value, value, True)
        self._maxvalue = value

    def __repr__(self):
        return '<%s(value=%s, maxvalue=%s)>' % (type(self).__name__, self.get_value(), self._maxvalue)


class Event(threading.Event, _SemLock):
    """threading's Event on a kernel event shared between processes."""

    def __init__(self, *, ctx=None):
        self._set_ctx(ctx)
        self._handle = _kernel.new_event(True)

    def __repr__(self):
        set_status = 'set' if self.is_set() else 'unset'
        return f"<{type(self).__qualname__} at {id(self):#x} {set_status}>"


class Condition:
    """Waiters sleep on a shared semaphore; counts of sleepers and woken ones are
    semaphores too, since plain memory is not shared between processes."""

    def __init__(self, lock=None, *, ctx=None):
        self._lock = lock or RLock(ctx=ctx)
        # Its counts and its waiters' semaphore are the Condition's own: the page
        # shows the Condition as its lock.
        self._sleeping_count, self._woken_count, self._wait_semaphore = threading._internal(
            Semaphore(0, ctx=ctx), Semaphore(0, ctx=ctx), Semaphore(0, ctx=ctx))

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        # Waiters: those gone to sleep less those woken, as CPython counts them.
        try:
            num_waiters = self._sleeping_count.get_value() - self._woken_count.get_value()
        except Exception:
            num_waiters = 'unknown'
        return '<%s(%s, %s)>' % (type(self).__name__, self._lock, num_waiters)

    def acquire(self, block=True, timeout=None):
        return self._lock.acquire(block, timeout)

    def release(self):
        self._lock.release()

    def _release_all(self):
        count = getattr(self._lock, '_count', 1)
        for _ in range(count):
            self._lock.release()
        return count

    def wait(self, timeout=None):
        assert self._lock._is_mine(), 'must acquire() condition before using wait()'
        self._sleeping_count.release()
        count = self._release_all()
        try:
            return self._wait_semaphore.acquire(True, timeout)
        finally:
            self._woken_count.release()
            for _ in range(count):
                self._lock.acquire()

    def notify(self, n=1):
        assert self._lock._is_mine(), 'lock is not owned'
        assert not self._wait_semaphore.acquire(False)
        # Sleepers that timed out since the last notify are gone: forget them.
        while self._woken_count.acquire(False):
            self._sleeping_count.acquire(False)
        sleepers = 0
        while sleepers < n and self._sleeping_count.acquire(False):
            self._wait_semaphore.release()
            sleepers += 1
        if sleepers:
            for _ in range(sleepers):
                self._woken_count.acquire()
            while self._wait_semaphore.acquire(False):
                pass

    def notify_all(self):
        self.notify(n=sys.maxsize)

    # The same algorithm as threading's, over this class's wait().
    wait_for = threading.Condition.wait_for


class Barrier(threading.Barrier):
    """threading's Barrier with its state and count in shared memory and a
    multiprocessing Condition, so processes can wait at it."""

    def __init__(self, parties, action=None, timeout=None, *, ctx=None):
        self._cond = Condition(Lock(ctx=ctx), ctx=ctx)
        self._array = RawArray('i', 2)
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = 0
        self._count = 0

    @property
    def _state(self):
        return self._array[0]

    @_state.setter
    def _state(self, value):
        self._array[0] = value

    @property
    def _count(self):
        return self._array[1]

    @_count.setter
    def _count(self, value):
        self._array[1] = value


# Queues and pipes: what crosses between processes is copied (serialised).

class Queue(_SemLock):
    def __init__(self, maxsize=0, *, ctx=None):
        if maxsize <= 0:
            maxsize = 32767
        self._set_ctx(ctx)
        self._maxsize = maxsize
        self._handle = _kernel.new_queue(maxsize)
        self._closed = False
        self._joincancelled = False
        self._feeder_pid = None

    def _check_closed(self):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")

    def put(self, obj, block=True, timeout=None):
        self._check_closed()
        if _kernel.put(self._handle, obj, block, timeout) is not None:
            raise Full
        # The first put in a process starts its feeder thread (CPython's _start_thread).
        pid = _kernel.getpid()
        if self._feeder_pid != pid:
            self._feeder_pid = pid
            _feeders.append((pid, self))

    def get(self, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        ok, value = _kernel.get(self._handle, block, timeout)
        if not ok:
            raise Empty
        return value

    def qsize(self):
        return _kernel.qsize(self._handle)

    def empty(self):
        return _kernel.empty(self._handle)

    def full(self):
        return _kernel.full(self._handle)

    def get_nowait(self):
        return self.get(False)

    def put_nowait(self, obj):
        return self.put(obj, False)

    def close(self):
        self._closed = True

    def join_thread(self):
        assert self._closed, "Queue {0!r} not closed".format(self)
        if self._feeder_pid == _kernel.getpid() and not self._joincancelled:
            _kernel.flush_queue(self._handle)

    def cancel_join_thread(self):
        self._joincancelled = True

    def __repr__(self):
        return f"<multiprocessing.queues.{type(self).__name__} object at {hex(id(self))}>"


class JoinableQueue(Queue):
    def task_done(self):
        if _kernel.task_done(self._handle) is not None:
            raise ValueError('task_done() called too many times')

    def join(self):
        _kernel.join_queue(self._handle)


class _Sentinel(int):
    """A process's sentinel: an int, as CPython's descriptor is, that select and
    multiprocessing.connection.wait watch as the kernel's sentinel."""

    def __new__(cls, handle):
        sentinel = super().__new__(cls, 3 + handle // 2)
        sentinel._handle = handle
        return sentinel

    def _interleave_watch(self):
        return (self._handle,)


class SimpleQueue(_SemLock):
    def __init__(self, *, ctx=None):
        self._set_ctx(ctx)
        self._handle = _kernel.new_queue(0)
        self._closed = False

    def close(self):
        self._closed = True

    def empty(self):
        return _kernel.empty(self._handle)

    def get(self):
        ok, value = _kernel.get(self._handle, True, None)
        return value

    def put(self, obj):
        _kernel.put(self._handle, obj, True, None)


class _ConnectionBase:
    """What both kinds of Connection share, a pipe end here and a socket in
    multiprocessing.connection, as CPython's _ConnectionBase is their base."""

    def __init__(self, readable=True, writable=True):
        self._readable = readable
        self._writable = writable

    def _check_readable(self):
        if not self._readable:
            raise OSError("connection is write-only")

    def _check_writable(self):
        if not self._writable:
            raise OSError("connection is read-only")

    @property
    def readable(self):
        return self._readable

    @property
    def writable(self):
        return self._writable

    @staticmethod
    def _sliced(buf, offset, size):
        """`send_bytes`'s part of `buf`, with CPython's errors for a bad offset or size."""
        data = bytes(buf)
        n = len(data)
        if offset < 0:
            raise ValueError("offset is negative")
        if n < offset:
            raise ValueError("buffer length < offset")
        if size is None:
            size = n - offset
        elif size < 0:
            raise ValueError("size is negative")
        elif offset + size > n:
            raise ValueError("buffer length < offset + size")
        return data[offset:offset + size]

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __repr__(self):
        return f"<multiprocessing.connection.Connection object at {hex(id(self))}>"


class Connection(_ConnectionBase):
    """One end of a pipe."""

    def __init__(self, handle, side, readable=True, writable=True):
        super().__init__(readable, writable)
        self._handle = handle
        self._side = side
        self._closed = False

    def _check_closed(self):
        if self._closed:
            raise OSError("handle is closed")

    @property
    def closed(self):
        return self._closed

    def fileno(self):
        self._check_closed()
        return 3 + 2 * self._handle + self._side

    def _interleave_watch(self):
        # What select() and connection.wait() watch: this pipe end.
        return (self._handle, self._side)

    def send(self, obj):
        self._send(obj, None)

    def send_bytes(self, buf, offset=0, size=None):
        data = self._sliced(buf, offset, size)
        self._send(data, len(data))

    def _send(self, obj, wire):
        self._check_closed()
        self._check_writable()
        if _kernel.send(self._handle, self._side, obj, wire) is not None:
            raise BrokenPipeError(32, 'Broken pipe')

    def recv(self):
        self._check_closed()
        self._check_readable()
        ok, value = _kernel.recv(self._handle, self._side)
        if ok:
            return value
        if value == 'closed':
            raise OSError("handle is closed")
        raise EOFError

    recv_bytes = recv

    def poll(self, timeout=0.0):
        self._check_closed()
        self._check_readable()
        return _kernel.poll(self._handle, self._side, timeout) is True

    def close(self):
        if not self._closed:
            self._closed = True
            _kernel.close_end(self._handle, self._side)


def Pipe(duplex=True):
    handle = _kernel.new_pipe(duplex)
    if duplex:
        return Connection(handle, 0), Connection(handle, 1)
    return Connection(handle, 0, writable=False), Connection(handle, 1, readable=False)


# Shared memory: ctypes-like objects whose contents every process sees.

_typecode_names = {'c': 'c_char', 'b': 'c_byte', 'B': 'c_ubyte', 'h': 'c_short', 'H': 'c_ushort',
                   'i': 'c_int', 'I': 'c_uint', 'l': 'c_long', 'L': 'c_ulong', 'q': 'c_longlong',
                   'Q': 'c_ulonglong', 'f': 'c_float', 'd': 'c_double', 'u': 'c_wchar'}
# Bits of each C integer type on Linux x86-64, and whether it is signed.
_int_types = {'b': (8, True), 'B': (8, False), 'h': (16, True), 'H': (16, False), 'i': (32, True),
              'I': (32, False), 'l': (64, True), 'L': (64, False), 'q': (64, True), 'Q': (64, False)}


def _check_typecode(typecode):
    if typecode not in _typecode_names:
        raise TypeError('this type has no size')


def _convert(typecode, value):
    """A Python value as the C type stores it (ints wrap around at the type's width)."""
    if typecode in ('f', 'd'):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise TypeError(f"must be real number, not {type(value).__name__}")
        return float(value)
    if typecode == 'c':
        if isinstance(value, int) and not isinstance(value, bool):
            return bytes([value & 0xff])
        if isinstance(value, (bytes, bytearray)) and len(value) == 1:
            return bytes(value)
        raise TypeError("one character bytes, bytearray or integer expected")
    if typecode == 'u':
        if isinstance(value, str) and len(value) == 1:
            return value
        raise TypeError("one character unicode string expected")
    if not isinstance(value, int):
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    bits, signed = _int_types[typecode]
    value &= (1 << bits) - 1
    if signed and value >= 1 << (bits - 1):
        value -= 1 << bits
    return value


def _default(typecode):
    if typecode in ('f', 'd'):
        return 0.0
    if typecode == 'c':
        return b'\x00'
    if typecode == 'u':
        return '\x00'
    return 0


class _SharedValue:
    """A raw shared C value (`RawValue`, `Value(..., lock=False)`)."""

    def __init__(self, typecode, value):
        _check_typecode(typecode)
        self._typecode = typecode
        self._memory = _kernel.new_shared(_convert(typecode, value))

    @property
    def value(self):
        return _kernel.load_shared(self._memory)

    @value.setter
    def value(self, value):
        _kernel.store_shared(self._memory, _convert(self._typecode, value))

    def __repr__(self):
        return '%s(%r)' % (_typecode_names[self._typecode], self.value)


class _ctypes:
    """A raw value's type is the ctypes type of its typecode (`c_int`, `c_double`).
    They live here, by qualified name, so a value sent to a spawned child finds its
    class again."""


for _code, _name in _typecode_names.items():
    _cls = type(_name, (_SharedValue,), {'__module__': 'multiprocessing'})
    _cls.__qualname__ = '_ctypes.' + _name
    setattr(_ctypes, _name, _cls)


def _raw_value(typecode, value):
    _check_typecode(typecode)
    return getattr(_ctypes, _typecode_names[typecode])(typecode, value)


class _SharedArray:
    """A raw shared C array (`RawArray`, `Array(..., lock=False)`)."""

    def __init__(self, typecode, size_or_initializer):
        _check_typecode(typecode)
        if isinstance(size_or_initializer, int):
            values = [_default(typecode)] * size_or_initializer
        elif typecode == 'c' and isinstance(size_or_initializer, (bytes, bytearray)):
            values = [bytes([b]) for b in size_or_initializer]
        else:
            values = [_convert(typecode, v) for v in size_or_initializer]
        self._typecode = typecode
        self._length = len(values)
        self._memory = _kernel.new_shared(values)

    def __len__(self):
        return self._length

    def __getitem__(self, i):
        values = _kernel.load_shared(self._memory)
        if isinstance(i, int) and not -len(values) <= i < len(values):
            raise IndexError('invalid index')
        return values[i]

    def __setitem__(self, i, value):
        values = _kernel.load_shared(self._memory)
        if isinstance(i, int) and not -len(values) <= i < len(values):
            raise IndexError('invalid index')
        if isinstance(i, slice):
            values[i] = [_convert(self._typecode, v) for v in value]
        else:
            values[i] = _convert(self._typecode, value)
        _kernel.store_shared(self._memory, values)

    def __iter__(self):
        return iter(_kernel.load_shared(self._memory))

    # A char array reads and writes as bytes: `value` up to the first NUL, `raw` whole.
    @property
    def value(self):
        return b''.join(_kernel.load_shared(self._memory)).split(b'\x00')[0]

    @value.setter
    def value(self, data):
        if len(data) > self._length:
            raise ValueError('byte string too long')
        values = _kernel.load_shared(self._memory)
        values[:len(data)] = [bytes([b]) for b in data]
        if len(data) < self._length:
            values[len(data)] = b'\x00'
        _kernel.store_shared(self._memory, values)

    @property
    def raw(self):
        return b''.join(_kernel.load_shared(self._memory))

    def __repr__(self):
        return ('<multiprocessing.sharedctypes.%s_Array_%d object at %s>'
                % (_typecode_names[self._typecode], self._length, hex(id(self))))


class Synchronized:
    """`Value(typecode, value)`: a shared value with a lock for it."""

    def __init__(self, obj, lock):
        self._obj = obj
        self._lock = lock

    @property
    def value(self):
        return self._obj.value

    @value.setter
    def value(self, value):
        self._obj.value = value

    def get_lock(self):
        return self._lock

    def get_obj(self):
        return self._obj

    def acquire(self, *args):
        return self._lock.acquire(*args)

    def release(self):
        return self._lock.release()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        # The inner repr is called directly: it reads shared memory (a syscall).
        return '<%s wrapper for %s>' % (type(self).__name__, self._obj.__repr__())


class SynchronizedArray(Synchronized):
    def __len__(self):
        return len(self._obj)

    def __getitem__(self, i):
        return self._obj[i]

    def __setitem__(self, i, value):
        self._obj[i] = value

    def __iter__(self):
        return self._obj.__iter__()

    @property
    def raw(self):
        return self._obj.raw


def _with_lock(obj, lock, wrapper, ctx):
    if lock is False:
        return obj
    if lock in (True, None):
        lock = RLock(ctx=ctx)
    return wrapper(obj, lock)


def Value(typecode_or_type, *args, lock=True, ctx=None):
    _check_typecode(typecode_or_type)
    value = args[0] if args else _default(typecode_or_type)
    return _with_lock(_raw_value(typecode_or_type, value), lock, Synchronized, ctx)


def Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    return _with_lock(_SharedArray(typecode_or_type, size_or_initializer), lock, SynchronizedArray, ctx)


def RawValue(typecode_or_type, *args):
    _check_typecode(typecode_or_type)
    return _raw_value(typecode_or_type, args[0] if args else _default(typecode_or_type))


def RawArray(typecode_or_type, size_or_initializer):
    return _SharedArray(typecode_or_type, size_or_initializer)


class _Context:
    """What get_context() returns: the same API, for one start method. The objects
    it makes remember it (a lock made for fork children cannot go to spawned ones)."""

    def __init__(self, method):
        self._method = method
        self.Process = {'fork': ForkProcess, 'spawn': SpawnProcess, 'forkserver': ForkServerProcess}[method]

    def get_start_method(self, allow_none=False):
        return self._method

    def Lock(self):
        return Lock(ctx=self)

    def RLock(self):
        return RLock(ctx=self)

    def Semaphore(self, value=1):
        return Semaphore(value, ctx=self)

    def BoundedSemaphore(self, value=1):
        return BoundedSemaphore(value, ctx=self)

    def Event(self):
        return Event(ctx=self)

    def Condition(self, lock=None):
        return Condition(lock, ctx=self)

    def Barrier(self, parties, action=None, timeout=None):
        return Barrier(parties, action, timeout, ctx=self)

    def Queue(self, maxsize=0):
        return Queue(maxsize, ctx=self)

    def JoinableQueue(self, maxsize=0):
        return JoinableQueue(maxsize, ctx=self)

    def SimpleQueue(self):
        return SimpleQueue(ctx=self)

    def Value(self, typecode_or_type, *args, lock=True):
        return Value(typecode_or_type, *args, lock=lock, ctx=self)

    def Array(self, typecode_or_type, size_or_initializer, *, lock=True):
        return Array(typecode_or_type, size_or_initializer, lock=lock, ctx=self)

    def Pool(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None):
        from multiprocessing.pool import Pool
        return Pool(processes, initializer, initargs, maxtasksperchild, context=self)

    def Manager(self):
        from multiprocessing.managers import SyncManager
        m = SyncManager(ctx=self)
        m.start()
        return m

    def __getattr__(self, name):
        return globals()[name]

    def __repr__(self):
        kind = {'fork': 'Fork', 'spawn': 'Spawn', 'forkserver': 'ForkServer'}[self._method]
        return '<multiprocessing.context.%sContext object at %#x>' % (kind, id(self))


def get_context(method=None):
    if method is None:
        method = get_start_method()
    if method not in ('fork', 'spawn', 'forkserver'):
        raise ValueError('cannot find context for %r' % method)
    if method not in _contexts:
        _contexts[method] = _Context(method)
    return _contexts[method]


_contexts = {}


class _DefaultContext:
    def get_context(self, method=None):
        return get_context(method)


_default_context = _DefaultContext()


def Pool(processes=None, initializer=None, initargs=(), maxtasksperchild=None):
    from multiprocessing.pool import Pool
    return Pool(processes, initializer, initargs, maxtasksperchild)


def Manager():
    from multiprocessing.managers import SyncManager
    m = SyncManager(ctx=get_context())
    m.start()
    return m
