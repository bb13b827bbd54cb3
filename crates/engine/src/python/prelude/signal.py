# signal: handlers for the signals other processes (or this one) send with
# os.kill / Process.terminate. The kernel delivers a handled signal to the
# process's main thread, which runs the handler where it is (a sleep is cut
# short, then finished); SIGKILL and SIGSTOP cannot be caught.
import _kernel
import _interleave
from enum import IntEnum


class Signals(IntEnum):
    SIGHUP = 1
    SIGINT = 2
    SIGQUIT = 3
    SIGILL = 4
    SIGTRAP = 5
    SIGABRT = 6
    SIGBUS = 7
    SIGFPE = 8
    SIGKILL = 9
    SIGUSR1 = 10
    SIGSEGV = 11
    SIGUSR2 = 12
    SIGPIPE = 13
    SIGALRM = 14
    SIGTERM = 15
    SIGCHLD = 17
    SIGCONT = 18
    SIGSTOP = 19
    SIGTSTP = 20


class Handlers(IntEnum):
    SIG_DFL = 0
    SIG_IGN = 1


SIG_DFL = Handlers.SIG_DFL
SIG_IGN = Handlers.SIG_IGN
NSIG = 65
SIGIOT = Signals.SIGABRT
globals().update(Signals.__members__)


def default_int_handler(signalnum, frame):
    raise KeyboardInterrupt


def _check(signalnum):
    if not isinstance(signalnum, int):
        raise TypeError(f"'{type(signalnum).__name__}' object cannot be interpreted as an integer")
    if not 1 <= signalnum < NSIG:
        raise ValueError('signal number out of range')


def getsignal(signalnum):
    _check(signalnum)
    signalnum = int(signalnum)
    if signalnum in _interleave._signal_handlers:
        return _interleave._signal_handlers[signalnum]
    return _actions.get(signalnum, default_int_handler if signalnum == SIGINT else SIG_DFL)


_actions = {}


def signal(signalnum, handler):
    import threading
    _check(signalnum)
    if threading.current_thread() is not threading.main_thread():
        raise ValueError('signal only works in main thread of the main interpreter')
    if signalnum in (SIGKILL, SIGSTOP):
        raise OSError(22, 'Invalid argument')
    if handler not in (SIG_DFL, SIG_IGN) and not callable(handler):
        raise TypeError('signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object')
    signalnum = int(signalnum)
    previous = getsignal(signalnum)
    _interleave._signal_handlers.pop(signalnum, None)
    _actions.pop(signalnum, None)
    if handler is default_int_handler:
        _kernel.set_signal(int(signalnum), 2)
    elif callable(handler) and handler not in (SIG_DFL, SIG_IGN):
        _interleave._signal_handlers[signalnum] = handler
        _kernel.set_signal(int(signalnum), 2)
    else:
        _actions[signalnum] = Handlers(handler)
        _kernel.set_signal(int(signalnum), int(handler))
    return previous


def raise_signal(signalnum):
    _check(signalnum)
    _kernel.kill(_kernel.getpid(), int(signalnum))


def strsignal(signalnum):
    names = {1: 'Hangup', 2: 'Interrupt', 3: 'Quit', 9: 'Killed', 10: 'User defined signal 1',
             12: 'User defined signal 2', 13: 'Broken pipe', 14: 'Alarm clock', 15: 'Terminated',
             17: 'Child exited', 18: 'Continued', 19: 'Stopped (signal)'}
    return names.get(signalnum)


def valid_signals():
    return set(range(1, NSIG))


def pause():
    # Sleeps until a signal's handler has run (deliver_signal ends the sleep then);
    # with no signal coming, as long as CPython would wait: for ever, here a century.
    _interleave._pausing = True
    try:
        _kernel.sleep(100 * 365 * 86400)
    finally:
        _interleave._pausing = False


def alarm(seconds):
    if not isinstance(seconds, int):
        raise TypeError(f"'{type(seconds).__name__}' object cannot be interpreted as an integer")
    return _kernel.alarm(seconds)
