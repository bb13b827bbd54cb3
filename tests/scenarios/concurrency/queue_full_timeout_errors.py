import queue
import time

q = queue.Queue(2)
q.put(1)
q.put(2)
start = time.monotonic()
try:
    q.put(3, timeout=0.2)
except queue.Full:
    print("Full after", round(time.monotonic() - start, 1))
try:
    q.put(3, block=False)
except queue.Full as e:
    print("Full", repr(e))
print(q.get_nowait(), q.get(block=False))
try:
    q.get(timeout=0.1)
except queue.Empty as e:
    print("Empty", repr(e), isinstance(e, Exception))
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
print(q.maxsize, q.unfinished_tasks)
