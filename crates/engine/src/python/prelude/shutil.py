"""shutil: copying, moving and removing files and trees on the run's file system.
`which` knows the one program this machine has: its Python."""

import os
import sys

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2", "copytree",
           "move", "rmtree", "Error", "SameFileError", "which", "disk_usage", "get_terminal_size"]


class Error(OSError):
    pass


class SameFileError(Error):
    pass


def copyfileobj(fsrc, fdst, length=0):
    while True:
        buf = fsrc.read(length if length > 0 else 64 * 1024)
        if not buf:
            break
        fdst.write(buf)


def _same(src, dst):
    return os.path.exists(src) and os.path.exists(dst) and \
        os.path.normpath(os.path.abspath(src)) == os.path.normpath(os.path.abspath(dst))


def copyfile(src, dst, *, follow_symlinks=True):
    if _same(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    with open(src, 'rb') as fsrc:
        with open(dst, 'wb') as fdst:
            copyfileobj(fsrc, fdst)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    if not os.path.exists(src):
        raise FileNotFoundError(2, 'No such file or directory', src)


def copystat(src, dst, *, follow_symlinks=True):
    copymode(src, dst)


def copy(src, dst, *, follow_symlinks=True):
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst)
    return dst


copy2 = copy


def ignore_patterns(*patterns):
    import fnmatch

    def _ignore(path, names):
        return set(n for n in names if any(fnmatch.fnmatch(n, p) for p in patterns))
    return _ignore


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    names = os.listdir(src)
    ignored = ignore(src, names) if ignore is not None else set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    for name in names:
        if name in ignored:
            continue
        s, d = os.path.join(src, name), os.path.join(dst, name)
        if os.path.isdir(s):
            copytree(s, d, symlinks, ignore, copy_function, ignore_dangling_symlinks, dirs_exist_ok)
        else:
            copy_function(s, d)
    return dst


def rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None):
    try:
        if not os.path.isdir(path):
            if os.path.exists(path):
                raise NotADirectoryError(20, 'Not a directory', path)
            raise FileNotFoundError(2, 'No such file or directory', path)
        for name in os.listdir(path):
            full = os.path.join(path, name)
            if os.path.isdir(full):
                rmtree(full, ignore_errors, onerror)
            else:
                os.remove(full)
        os.rmdir(path)
    except OSError:
        if ignore_errors:
            return
        if onerror is not None:
            onerror(os.rmdir, path, sys.exc_info())
            return
        raise


def move(src, dst, copy_function=copy2):
    real_dst = dst
    if os.path.isdir(dst):
        if _same(src, dst):
            os.rename(src, dst)
            return dst
        real_dst = os.path.join(dst, os.path.basename(src.rstrip('/')))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    os.rename(src, real_dst)
    return real_dst


_PROGRAMS = {'python3': '/usr/bin/python3', 'python': '/usr/bin/python3',
             'python3.11': '/usr/bin/python3.11'}


def which(cmd, mode=None, path=None):
    if cmd in (sys.executable, '/usr/bin/python3', '/usr/bin/python3.11'):
        return cmd
    return _PROGRAMS.get(cmd)


class _usage(tuple):
    total = property(lambda self: self[0])
    used = property(lambda self: self[1])
    free = property(lambda self: self[2])

    def __repr__(self):
        return 'usage(total=%d, used=%d, free=%d)' % self


def disk_usage(path):
    if not os.path.exists(path):
        raise FileNotFoundError(2, 'No such file or directory', path)
    return _usage((1 << 34, 1 << 32, (1 << 34) - (1 << 32)))


class _terminal_size(tuple):
    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return 'os.terminal_size(columns=%d, lines=%d)' % self


def get_terminal_size(fallback=(80, 24)):
    return _terminal_size(fallback)
