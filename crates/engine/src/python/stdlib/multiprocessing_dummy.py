"""multiprocessing.dummy: the multiprocessing API over threads (a crawler's
`from multiprocessing.dummy import Pool as ThreadPool`)."""

__cpython_file__ = "/usr/lib/python3.11/multiprocessing/dummy/__init__.py"

import threading
from threading import Lock, RLock, Semaphore, BoundedSemaphore, Condition, Event, Barrier, current_thread, active_count
from queue import Queue
from multiprocessing.pool import ThreadPool as _ThreadPool

JoinableQueue = Queue


class DummyProcess(threading.Thread):
    @property
    def exitcode(self):
        if self._started and not self.is_alive():
            return 0
        return None


Process = DummyProcess
current_process = threading.current_thread


def active_children():
    return [t for t in threading.enumerate() if t is not threading.main_thread()]


def Pool(processes=None, initializer=None, initargs=()):
    return _ThreadPool(processes, initializer, initargs)


def Pipe(duplex=True):
    from multiprocessing import Pipe
    return Pipe(duplex)
