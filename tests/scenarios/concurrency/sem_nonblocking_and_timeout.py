import threading

s = threading.Semaphore(1)
print(s.acquire(False))
print(s.acquire(False))
print(s.acquire(timeout=0.05))
s.release(3)
print([s.acquire(blocking=False) for _ in range(4)])
try:
    s.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    s.release(0)
except ValueError as e:
    print("ValueError:", e)
