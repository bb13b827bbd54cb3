"""Serialising for a spawned child, as CPython's multiprocessing/reduction.py."""

__cpython_file__ = "/usr/lib/python3.11/multiprocessing/reduction.py"

import _kernel


class ForkingPickler:
    """Appends `(bytes, pipe ends, modules)` of each object dumped to `file` (a list)."""

    def __init__(self, file, protocol=None):
        self._file = file

    def dump(self, obj):
        result = _kernel.spawn_dumps(obj)
        if not isinstance(result, tuple):
            # An object that may not go to a spawned child: its __getstate__ says why.
            result.__getstate__()
        self._file.append(result)


def dump(obj, file, protocol=None):
    '''Replacement for pickle.dump() using ForkingPickler.'''
    ForkingPickler(file, protocol).dump(obj)  #@cpython:60
