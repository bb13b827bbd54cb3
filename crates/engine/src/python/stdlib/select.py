"""select.select over the simulated kernel's sockets and pipe ends (os/select.rs).

A socket is watched by its descriptor; a multiprocessing Connection by its pipe end
(`_interleave_watch`), which is what its fileno() stands for here. Only readiness to
read can make a select wait: writing never waits on this machine, and no
exceptional conditions (TCP urgent data) exist, so `xlist` comes back empty.
"""

import _kernel

error = OSError

__all__ = ['select', 'error']


def _watch(obj):
    """What the kernel watches for `obj`: a descriptor, a (pipe, side) pair, or a
    process's sentinel as (handle,)."""
    watch = getattr(obj, '_interleave_watch', None)
    if watch is not None and isinstance(obj, int):
        return watch()
    if isinstance(obj, int):
        fd = obj
    else:
        fileno = getattr(obj, 'fileno', None)
        if fileno is None:
            raise TypeError('argument must be an int, or have a fileno() method.')
        fd = fileno()
        watch = getattr(obj, '_interleave_watch', None)
        if watch is not None:
            return watch()
        if not isinstance(fd, int):
            raise TypeError('fileno() returned a non-integer')
    if fd < 0:
        raise ValueError('file descriptor cannot be a negative integer (%d)' % fd)
    return fd


def select(rlist, wlist, xlist, timeout=None):
    if timeout is not None:
        if not isinstance(timeout, (int, float)):
            raise TypeError('timeout must be a float or None')
        if timeout < 0:
            raise ValueError('timeout must be non-negative')
    rlist, wlist, xlist = list(rlist), list(wlist), list(xlist)
    read = [_watch(o) for o in rlist]
    write = [_watch(o) for o in wlist]
    for o in xlist:
        _watch(o)
    ready_read, ready_write = _kernel.select(read, write, timeout)
    return [rlist[i] for i in ready_read], [wlist[i] for i in ready_write], []
