import threading
import time
from contextlib import contextmanager, ExitStack
import heapq

lock = threading.Lock()
done = []


@contextmanager
def holding(name):
    with lock:
        print(name, "holds the lock")
        yield name
        print(name, "lets go")


def worker(n):
    time.sleep(0.01 * n)
    with holding(f"worker-{n}") as who:
        time.sleep(0.05)
        heapq.heappush(done, (-n, who))


threads = [threading.Thread(target=worker, args=(n,)) for n in range(3)]
with ExitStack() as stack:
    for t in threads:
        t.start()
        stack.callback(t.join)
print("all joined:", [heapq.heappop(done)[1] for _ in range(len(done))])
