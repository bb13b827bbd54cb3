import threading
import time

sem = threading.Semaphore(2)
lock = threading.Lock()
active = 0
peak = 0


def visit(i):
    global active, peak
    with sem:
        with lock:
            active += 1
            peak = max(peak, active)
        time.sleep(0.05)
        with lock:
            active -= 1


ts = [threading.Thread(target=visit, args=(i,)) for i in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("peak", peak, "active", active)
b = threading.BoundedSemaphore(1)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
print(sem.acquire(blocking=False), sem.acquire(timeout=0.01), sem.acquire(timeout=0.01))
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)
