import os
import signal
import time
from multiprocessing import Event, Process


def loop(ready):
    # The parent signals only once the child runs its loop (not while it starts up).
    ready.set()
    while True:
        time.sleep(0.05)


if __name__ == '__main__':
    ready = Event()
    p = Process(target=loop, args=(ready,))
    p.start()
    ready.wait()
    os.kill(p.pid, signal.SIGKILL)
    p.join()
    print(p.exitcode, p.is_alive())
    ready = Event()
    q = Process(target=loop, args=(ready,))
    q.start()
    ready.wait()
    time.sleep(0.1)
    os.kill(q.pid, signal.SIGINT)
    q.join()
    print(q.exitcode)
