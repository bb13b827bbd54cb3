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
    pid = _kernel.fork()
    if pid == 0:
        _run_after_fork_in_child()
    return pid


def _exit(n):
    _kernel.exit(n)


def kill(pid, sig):
    _kernel.kill(int(pid), int(sig))


# Wait statuses as Linux encodes them: exit code in the high byte, or the signal.
WNOHANG = 1
WUNTRACED = 2
WCONTINUED = 8


def _status(code):
    return (code & 0xff) << 8 if code >= 0 else -code


def WIFEXITED(status):
    return (status & 0x7f) == 0


def WEXITSTATUS(status):
    return (status >> 8) & 0xff


def WIFSIGNALED(status):
    return ((status & 0x7f) + 1) >> 1 > 0


def WTERMSIG(status):
    return status & 0x7f


def WIFSTOPPED(status):
    return (status & 0xff) == 0x7f


def WCOREDUMP(status):
    return bool(status & 0x80)


def waitstatus_to_exitcode(status):
    if WIFEXITED(status):
        return WEXITSTATUS(status)
    if WIFSIGNALED(status):
        return -WTERMSIG(status)
    raise ValueError(f"invalid wait status: {status}")


def wait():
    pid, code = _kernel.wait_any(True)
    return pid, _status(code)


def waitpid(pid, options):
    if pid in (-1, 0):
        reaped = _kernel.wait_any(not options & WNOHANG)
        if reaped is None:
            return 0, 0
        return reaped[0], _status(reaped[1])
    if options & WNOHANG:
        code = _kernel.poll_child(pid)
        if code is None:
            return 0, 0
    else:
        code = _kernel.wait_child(pid, None)
    return pid, _status(code)


# File descriptors of os.pipe(): a kernel pipe's ends, with what was read of a
# message but not yet returned (pipes carry the bytes of each write as one message).
_fds = {}
_unread = {}


def _new_fd():
    fd = 3
    while fd in _fds:
        fd += 1
    return fd


def pipe():
    handle = _kernel.new_pipe(False)
    r = _new_fd()
    _fds[r] = (handle, 0)
    w = _new_fd()
    _fds[w] = (handle, 1)
    return r, w


def _end(fd):
    if fd not in _fds:
        raise OSError(9, 'Bad file descriptor')
    return _fds[fd]


def write(fd, data):
    handle, side = _end(fd)
    if not isinstance(data, (bytes, bytearray)):
        raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")
    if side == 0:
        raise OSError(9, 'Bad file descriptor')
    if _kernel.send(handle, side, bytes(data)) is not None:
        raise BrokenPipeError(32, 'Broken pipe')
    return len(data)


def read(fd, n):
    handle, side = _end(fd)
    if side == 1:
        raise OSError(9, 'Bad file descriptor')
    data = _unread.pop(fd, b'')
    if not data:
        ok, value = _kernel.recv(handle, side)
        if not ok:
            return b''
        data = value
    if len(data) > n:
        _unread[fd] = data[n:]
        data = data[:n]
    return data


def close(fd):
    handle, side = _end(fd)
    del _fds[fd]
    _unread.pop(fd, None)
    _kernel.close_end(handle, side)


def getcwd():
    return '/home/student'


def cpu_count():
    return _kernel.cpu_count()


_strerror = {2: 'No such file or directory', 17: 'File exists', 20: 'Not a directory',
             21: 'Is a directory', 39: 'Directory not empty'}
_error_class = {2: FileNotFoundError, 17: FileExistsError, 20: NotADirectoryError, 21: IsADirectoryError}


def _fail(errno, path, path2=None):
    cls = _error_class.get(errno, OSError)
    if path2 is None:
        return cls(errno, _strerror.get(errno, 'Error'), path)
    return cls(errno, _strerror.get(errno, 'Error'), path, None, path2)


def strerror(code):
    import errno
    return errno._messages.get(code, 'Unknown error %d' % code)


def listdir(path='.'):
    names = _os.listdir(path)
    if isinstance(names, int):
        raise _fail(names, path)
    return names


def walk(top, topdown=True, onerror=None, followlinks=False):
    try:
        names = listdir(top)
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    dirs = [n for n in names if path.isdir(path.join(top, n))]
    files = [n for n in names if n not in dirs]
    if topdown:
        yield top, dirs, files
    for d in dirs:
        yield from walk(path.join(top, d), topdown, onerror, followlinks)
    if not topdown:
        yield top, dirs, files


def scandir(path='.'):
    raise NotImplementedError('os.scandir is not simulated; use os.listdir')


def remove(p):
    _os.remove(p)


unlink = remove


def getenv(key, default=None):
    return environ.get(key, default)


def mkdir(path, mode=0o777):
    errno = _os.mkdir(path)
    if errno:
        raise _fail(errno, path)


def makedirs(name, mode=0o777, exist_ok=False):
    head = path.dirname(name.rstrip('/'))
    if head and not path.exists(head):
        makedirs(head, mode, exist_ok=True)
    errno = _os.mkdir(name)
    if errno == 17 and exist_ok and path.isdir(name):
        return
    if errno:
        raise _fail(errno, name)


def rmdir(path):
    errno = _os.rmdir(path)
    if errno:
        raise _fail(errno, path)


def removedirs(name):
    rmdir(name)
    head = path.dirname(name.rstrip('/'))
    while head:
        if _os.rmdir(head):
            break
        head = path.dirname(head)


def rename(src, dst):
    errno = _os.rename(src, dst)
    if errno:
        raise _fail(errno, src, dst)


replace = rename
