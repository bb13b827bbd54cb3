"""_thread: the low-level threads threading is built on. A thread started here is
not one of threading's: nothing joins it at exit, where it stops with the process,
as in CPython."""

import _kernel
import sys
import threading as _threading

error = RuntimeError
TIMEOUT_MAX = _threading.TIMEOUT_MAX
LockType = _threading.lock
RLock = _threading.RLock
allocate_lock = allocate = _threading.lock
get_ident = _kernel.get_ident
get_native_id = _kernel.get_ident


def start_new_thread(function, args, kwargs=None):
    if not isinstance(args, tuple):
        raise TypeError('2nd arg must be a tuple')
    if kwargs is not None and not isinstance(kwargs, dict):
        raise TypeError('optional 3rd arg must be a dictionary')
    if not callable(function):
        raise TypeError('first arg must be callable')
    kwargs = kwargs or {}

    def run():
        try:
            function(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as exc:
            # What CPython's unraisable hook prints for a thread's exception.
            sys.stderr.write('Exception ignored in thread started by: %r\n' % (function,))
            _kernel.print_exception(exc)
    return _kernel.start_thread(run)


start_new = start_new_thread


def exit():
    raise SystemExit


exit_thread = exit


def interrupt_main(signum=2):
    import signal
    import os
    os.kill(os.getpid(), signum)


def stack_size(size=0):
    if size != 0 and size < 32768:
        raise ValueError('size not valid: %d bytes' % size)
    return 0


def _count():
    return _threading.active_count() - 1
