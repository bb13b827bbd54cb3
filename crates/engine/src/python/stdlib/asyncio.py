"""asyncio on the simulated kernel: coroutines stepped by an event loop written in
Python (asyncio.base_events), waiting on the virtual clock and the simulated select.
Its names come from the submodules, as in CPython's package."""

__cpython_file__ = "/usr/lib/python3.11/asyncio/__init__.py"
__path__ = []

from asyncio.exceptions import *
from asyncio.events import (Handle, TimerHandle, get_running_loop, get_event_loop, set_event_loop,
                            new_event_loop, _get_running_loop)
from asyncio.futures import Future, Task, isfuture, wrap_future
from asyncio.base_events import BaseEventLoop, _UnixSelectorEventLoop
from asyncio.runners import Runner, run
from asyncio.tasks import (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, sleep, gather, wait, wait_for,
                           as_completed, shield, ensure_future, create_task, current_task, all_tasks,
                           iscoroutine, iscoroutinefunction, to_thread, run_coroutine_threadsafe,
                           timeout, timeout_at, Timeout)
from asyncio.locks import Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier
from asyncio.queues import Queue, PriorityQueue, LifoQueue, QueueEmpty, QueueFull
from asyncio.streams import (StreamReader, StreamWriter, open_connection, start_server)
from asyncio.taskgroups import TaskGroup

SelectorEventLoop = _UnixSelectorEventLoop
AbstractEventLoop = BaseEventLoop
