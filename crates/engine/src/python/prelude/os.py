# os, written in Python over the native `_os` syscalls.
import _os
import _kernel
import posixpath as path

name = 'posix'
sep = '/'
linesep = '\n'
curdir = '.'
pardir = '..'
environ = {'HOME': '/home/student', 'PATH': '/usr/bin:/bin', 'USER': 'student', 'LANG': 'C.UTF-8'}


def getpid():
    return _kernel.getpid()


def getppid():
    return _kernel.getppid()


# Functions to run in a forked child, in registration order (random reseeds,
# threading forgets the parent's threads).
_after_fork_in_child = []
_before_fork = []


def register_at_fork(*, before=None, after_in_child=None, after_in_parent=None):
    if before is None and after_in_child is None and after_in_parent is None:
        raise TypeError("At least one argument is required.")
    if before is not None:
        _before_fork.append(before)
    if after_in_child is not None:
        _after_fork_in_child.append(after_in_child)


def _run_before_fork():
    for hook in reversed(_before_fork):
        hook()


def _run_after_fork_in_child():
    for hook in _after_fork_in_child:
        hook()


def fork():
    _run_before_fork()
    pid = _kernel.fork(False)
    if pid == 0:
        _run_after_fork_in_child()
    return pid


def _exit(n):
    _kernel.exit(n)


def kill(pid, sig):
    _kernel.kill(pid, sig)


def WIFEXITED(status):
    return (status & 0x7f) == 0


def WEXITSTATUS(status):
    return (status >> 8) & 0xff


def WIFSIGNALED(status):
    return ((status & 0x7f) + 1) >> 1 > 0


def WTERMSIG(status):
    return status & 0x7f


def waitpid(pid, options):
    code = _kernel.wait_child(pid, None)
    status = (code & 0xff) << 8 if code >= 0 else -code
    return pid, status


def getcwd():
    return '/home/student'


def cpu_count():
    return _kernel.cpu_count()


def listdir(p='.'):
    return sorted(_os.listdir())


def remove(p):
    _os.remove(p)


unlink = remove


def getenv(key, default=None):
    return environ.get(key, default)


def makedirs(name, mode=0o777, exist_ok=False):
    pass


def mkdir(name, mode=0o777):
    pass
