"""fnmatch: shell-style patterns (`*`, `?`, `[seq]`, `[!seq]`) matched against
names, case-sensitively as on Linux. The matcher is our own, without `re`."""

import posixpath

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def _parse(pat):
    """The pattern as a list of ('*',), ('?',), ('set', negate, ranges) or ('lit', ch)."""
    items = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not items or items[-1] != ('*',):
                items.append(('*',))
        elif c == '?':
            items.append(('?',))
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                items.append(('lit', '['))
                continue
            body = pat[i:j]
            i = j + 1
            negate = body.startswith('!')
            if negate:
                body = body[1:]
            ranges = []
            k = 0
            while k < len(body):
                if k + 2 < len(body) and body[k + 1] == '-':
                    ranges.append((body[k], body[k + 2]))
                    k += 3
                else:
                    ranges.append((body[k], body[k]))
                    k += 1
            items.append(('set', negate, ranges))
        else:
            items.append(('lit', c))
    return items


def _match(items, name):
    # Backtracking over the last star only: linear for patterns like '*.txt'.
    i = j = 0
    star = None
    while j < len(name):
        if i < len(items):
            item = items[i]
            if item[0] == '*':
                star = (i, j)
                i += 1
                continue
            if item[0] == '?' or (item[0] == 'lit' and item[1] == name[j]) or (
                    item[0] == 'set' and any(lo <= name[j] <= hi for lo, hi in item[2]) != item[1]):
                i += 1
                j += 1
                continue
        if star is None:
            return False
        i, j = star[0] + 1, star[1] + 1
        star = (star[0], j)
    while i < len(items) and items[i][0] == '*':
        i += 1
    return i == len(items)


_cache = {}


def fnmatchcase(name, pat):
    items = _cache.get(pat)
    if items is None:
        items = _cache[pat] = _parse(pat)
    return _match(items, name)


def fnmatch(name, pat):
    return fnmatchcase(posixpath.normcase(name) if hasattr(posixpath, 'normcase') else name, pat)


def filter(names, pat):
    return [name for name in names if fnmatch(name, pat)]
