import threading
from collections import deque

N = 3
buf = deque()
empty = threading.Semaphore(N)
full = threading.Semaphore(0)
mutex = threading.Lock()
got = []


def producer():
    for i in range(10):
        empty.acquire()
        with mutex:
            buf.append(i)
            assert len(buf) <= N
        full.release()


def consumer():
    for _ in range(10):
        full.acquire()
        with mutex:
            got.append(buf.popleft())
        empty.release()


ts = [threading.Thread(target=producer), threading.Thread(target=consumer)]
[t.start() for t in ts]
[t.join() for t in ts]
print(got, len(buf))
