# os, written in Python over the native `_os` syscalls.
import _os
import posixpath as path

name = 'posix'
sep = '/'
linesep = '\n'
curdir = '.'
pardir = '..'
environ = {'HOME': '/home/student', 'PATH': '/usr/bin:/bin', 'USER': 'student', 'LANG': 'C.UTF-8'}


def getpid():
    return _os.getpid()


def getppid():
    return _os.getppid()


def getcwd():
    return '/home/student'


def cpu_count():
    return 4


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
