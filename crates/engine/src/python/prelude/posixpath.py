# os.path, written in Python over Interleave's in-memory file system.
import _os

sep = '/'


def join(a, *p):
    path = a
    for b in p:
        if b.startswith('/'):
            path = b
        elif not path or path.endswith('/'):
            path += b
        else:
            path += '/' + b
    return path


def exists(p):
    return _os.exists(p) or _os.isdir(p)


def isfile(p):
    return _os.exists(p) and not _os.isdir(p)


def isdir(p):
    return _os.isdir(p)


def getsize(p):
    return len(_os.read(p).encode())


def basename(p):
    i = p.rfind('/') + 1
    return p[i:]


def dirname(p):
    i = p.rfind('/') + 1
    head = p[:i]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head


def split(p):
    return dirname(p), basename(p)


def splitext(p):
    base = basename(p)
    i = base.rfind('.')
    if i <= 0 or base[:i].strip('.') == '':
        return p, ''
    cut = len(p) - len(base) + i
    return p[:cut], p[cut:]


def abspath(p):
    if p.startswith('/'):
        return normpath(p)
    return normpath(join('/home/student', p))


def normpath(p):
    if not p:
        return '.'
    initial = '/' if p.startswith('/') else ''
    parts = []
    for comp in p.split('/'):
        if comp in ('', '.'):
            continue
        if comp == '..' and parts and parts[-1] != '..':
            parts.pop()
        elif comp == '..' and initial:
            continue
        else:
            parts.append(comp)
    return initial + '/'.join(parts) or '.'


def relpath(p, start='.'):
    if not p:
        raise ValueError('no path specified')
    start_list = [x for x in abspath(start).split('/') if x]
    path_list = [x for x in abspath(p).split('/') if x]
    i = len(commonprefix([start_list, path_list]))
    rel = ['..'] * (len(start_list) - i) + path_list[i:]
    if not rel:
        return '.'
    return join(*rel)


def isabs(p):
    return p.startswith('/')


def commonprefix(m):
    if not m:
        return ''
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    split = [[c for c in p.split('/') if c and c != '.'] for p in paths]
    prefix = '/' if paths[0].startswith('/') else ''
    common = []
    for parts in zip(*split):
        if all(x == parts[0] for x in parts):
            common.append(parts[0])
        else:
            break
    return prefix + '/'.join(common)


def expanduser(p):
    if p.startswith('~'):
        return '/home/student' + p[1:]
    return p
