# bisect, written in Python for Interleave: binary search in a sorted sequence
# and insertion that keeps it sorted, with CPython 3.11's `key=`, `lo`/`hi` and
# messages. Elements are compared with `<` only, the probes are CPython's.


def _bounds(a, lo, hi):
    if lo < 0:
        raise ValueError('lo must be non-negative')
    # CPython's C functions take hi=-1 as "not given", like None.
    if hi is None or hi == -1:
        hi = len(a)
    return lo, hi


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """Return the index where to insert item x in list a, assuming a is sorted.

    The return value i is such that all e in a[:i] have e <= x, and all e in
    a[i:] have e > x.  So if x already appears in the list, a.insert(i, x) will
    insert just after the rightmost x already there."""
    lo, hi = _bounds(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        probe = a[mid] if key is None else key(a[mid])
        if x < probe:
            hi = mid
        else:
            lo = mid + 1
    return lo


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """Return the index where to insert item x in list a, assuming a is sorted.

    The return value i is such that all e in a[:i] have e < x, and all e in
    a[i:] have e >= x.  So if x already appears in the list, a.insert(i, x) will
    insert just before the leftmost x already there."""
    lo, hi = _bounds(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        probe = a[mid] if key is None else key(a[mid])
        if probe < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Insert item x in list a, and keep it sorted assuming a is sorted.

    If x is already in a, insert it to the right of the rightmost x."""
    where = bisect_right(a, x if key is None else key(x), lo, hi, key=key)
    a.insert(where, x)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Insert item x in list a, and keep it sorted assuming a is sorted.

    If x is already in a, insert it to the left of the leftmost x."""
    where = bisect_left(a, x if key is None else key(x), lo, hi, key=key)
    a.insert(where, x)


bisect = bisect_right
insort = insort_right
