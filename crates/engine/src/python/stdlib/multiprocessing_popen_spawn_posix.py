"""The parent's side of starting a spawned child, as CPython's
multiprocessing/popen_spawn_posix.py: the process object is serialised (here a
lambda target or a lock made for fork children is refused, with CPython's error)
and handed to a fresh interpreter (`_kernel.spawn`)."""

__cpython_file__ = "/usr/lib/python3.11/multiprocessing/popen_spawn_posix.py"

import _kernel
from multiprocessing import spawn, reduction


class _ForkPopen:
    """What every Popen does first (CPython's popen_fork.Popen)."""

    def __init__(self, process_obj):
        self.returncode = None
        self._launch(process_obj)  #@cpython:multiprocessing/popen_fork.py:19


class Popen(_ForkPopen):
    method = 'spawn'

    def __init__(self, process_obj):
        self._fds = []
        super().__init__(process_obj)  #@cpython:32

    def _launch(self, process_obj):
        prep_data = spawn.get_preparation_data(process_obj._name)  #@cpython:42
        fp = []
        reduction.dump(prep_data, fp)
        reduction.dump(process_obj, fp)  #@cpython:47
        (prep, _, _), (data, ends, modules) = fp
        boot, _, _ = _kernel.spawn_dumps((prep, modules, data))
        self.pid = _kernel.spawn(boot, ends)
