"""glob: paths matching a shell pattern, found on the run's file system."""

import os
import fnmatch

__all__ = ["glob", "iglob", "escape"]

_MAGIC = '*?['


def has_magic(s):
    return any(c in s for c in _MAGIC)


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    if not pathname:
        return iter(())
    absolute = pathname.startswith('/')
    parts = [p for p in pathname.split('/') if p]
    trailing = pathname.endswith('/')
    start = '/' if absolute else ''
    found = _walk(start, parts, root_dir, recursive, include_hidden)
    if trailing:
        found = (p + '/' for p in found if _isdir(p, root_dir))
    return iter(list(found))


def _real(path, root_dir):
    if root_dir is not None and not path.startswith('/'):
        return os.path.join(root_dir, path) if path else root_dir
    return path or '.'


def _isdir(path, root_dir):
    return os.path.isdir(_real(path, root_dir))


def _names(directory, root_dir, include_hidden, pattern):
    try:
        names = os.listdir(_real(directory, root_dir))
    except OSError:
        return []
    if not include_hidden and not pattern.startswith('.'):
        names = [n for n in names if not n.startswith('.')]
    return names


def _walk(prefix, parts, root_dir, recursive, include_hidden):
    if not parts:
        yield prefix.rstrip('/') if prefix not in ('', '/') else prefix
        return
    part, rest = parts[0], parts[1:]
    join = (lambda name: prefix + name) if prefix in ('', '/') else (lambda name: prefix + '/' + name)
    if recursive and part == '**':
        # Zero or more directories, then the rest of the pattern.
        if rest:
            for base in [prefix] + list(_below(prefix, root_dir, include_hidden, True)):
                yield from _walk(base, rest, root_dir, recursive, include_hidden)
            return
        if prefix not in ('', '/'):
            yield prefix + '/'
        yield from _below(prefix, root_dir, include_hidden, False)
        return
    if not has_magic(part):
        path = join(part)
        if rest:
            if _isdir(path, root_dir):
                yield from _walk(path, rest, root_dir, recursive, include_hidden)
        elif os.path.exists(_real(path, root_dir)):
            yield path
        return
    for name in _names(prefix, root_dir, include_hidden, part):
        if fnmatch.fnmatchcase(name, part):
            path = join(name)
            if rest:
                if _isdir(path, root_dir):
                    yield from _walk(path, rest, root_dir, recursive, include_hidden)
            else:
                yield path


def _below(prefix, root_dir, include_hidden, dirs_only):
    # What lies below `prefix`, depth first, each named from `prefix`.
    for name in _names(prefix, root_dir, include_hidden, '*'):
        path = (prefix + name) if prefix in ('', '/') else prefix + '/' + name
        isdir = _isdir(path, root_dir)
        if isdir or not dirs_only:
            yield path
        if isdir:
            yield from _below(path, root_dir, include_hidden, dirs_only)


def escape(pathname):
    return ''.join('[%s]' % c if c in _MAGIC else c for c in pathname)
