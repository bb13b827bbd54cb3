"""tempfile: temporary files and directories under /tmp on the run's file system.
Their names come from the run's own random generator (CPython's from os.urandom),
so a run names them the same each time."""

import os
import shutil as _shutil
import _kernel
import random as _random

__all__ = ["NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile", "TemporaryDirectory",
           "mkstemp", "mkdtemp", "mktemp", "TMP_MAX", "gettempprefix", "tempdir", "gettempdir",
           "gettempprefixb", "gettempdirb"]

TMP_MAX = 10000
template = 'tmp'
tempdir = None

_names = _random.Random(int.from_bytes(_kernel.authkey()[16:24], 'big'))
_CHARACTERS = 'abcdefghijklmnopqrstuvwxyz0123456789_'


def _candidate():
    return ''.join(_names.choice(_CHARACTERS) for _ in range(8))


def gettempprefix():
    return template


def gettempdir():
    global tempdir
    if tempdir is None:
        tempdir = '/tmp'
        os.makedirs(tempdir, exist_ok=True)
    return tempdir


def gettempprefixb():
    return gettempprefix().encode()


def gettempdirb():
    return gettempdir().encode()


def _fresh(suffix, prefix, dir):
    if dir is None:
        dir = gettempdir()
    if prefix is None:
        prefix = template
    if suffix is None:
        suffix = ''
    for _ in range(TMP_MAX):
        path = os.path.join(dir, prefix + _candidate() + suffix)
        if not os.path.exists(path):
            return path
    raise FileExistsError(17, 'No usable temporary file name found')


def mkdtemp(suffix=None, prefix=None, dir=None):
    path = _fresh(suffix, prefix, dir)
    os.mkdir(path)
    return os.path.abspath(path)


def mktemp(suffix='', prefix=template, dir=None):
    return _fresh(suffix, prefix, dir)


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    raise NotImplementedError('Interleave has no file descriptors for files: use NamedTemporaryFile')


class _TemporaryFileWrapper:
    """A file with a name in /tmp, removed when closed if `delete`."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()
        return None

    def __iter__(self):
        return iter(self.file)

    def close(self):
        if not self._closed:
            self._closed = True
            self.file.close()
            if self.delete and os.path.exists(self.name):
                os.remove(self.name)

    def __repr__(self):
        return '<tempfile._TemporaryFileWrapper object at %#x>' % id(self)


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None):
    name = _fresh(suffix, prefix, dir)
    open(name, 'wb').close()
    kwargs = {} if 'b' in mode else {'encoding': encoding, 'newline': newline}
    file = open(name, mode, **kwargs)
    return _TemporaryFileWrapper(file, os.path.abspath(name) if not name.startswith('/') else name, delete)


TemporaryFile = NamedTemporaryFile
SpooledTemporaryFile = NamedTemporaryFile


class TemporaryDirectory:
    """A directory in /tmp, removed with what it holds at the end of a `with`."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._done = False

    def __repr__(self):
        return '<{} {!r}>'.format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if not self._done:
            self._done = True
            _shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)
