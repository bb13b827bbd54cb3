"""gc: the cycle collector's interface. The engine's heap is traced, and objects with
finalizers are followed as CPython's reference counts would free them
(vm/finalize.rs); collect() finds what cycles keep, runs its finalizers and says how
many objects it found. Automatic collections are not imitated: a cycle with a
finalizer waits for collect() or the exit."""

import _weakref
import _interleave

garbage = []
callbacks = []
_enabled = True
_threshold = (700, 10, 10)


def collect(generation=2):
    if not isinstance(generation, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(generation).__name__)
    if generation < 0 or generation > 2:
        raise ValueError("invalid generation")
    n, calls = _weakref.collect()
    _interleave.run_finalizers(calls)
    calls = None
    _weakref.sweep()
    return n


def enable():
    global _enabled
    _enabled = True


def disable():
    global _enabled
    _enabled = False


def isenabled():
    return _enabled


def get_threshold():
    return _threshold


def set_threshold(threshold0, threshold1=None, threshold2=None):
    global _threshold
    t = list(_threshold)
    t[0] = threshold0
    if threshold1 is not None:
        t[1] = threshold1
    if threshold2 is not None:
        t[2] = threshold2
    _threshold = tuple(t)


def get_count():
    return (0, 0, 0)


def is_tracked(obj):
    return not isinstance(obj, (int, float, str, bytes, bool, type(None)))


def freeze():
    pass


def unfreeze():
    pass


def get_freeze_count():
    return 0
