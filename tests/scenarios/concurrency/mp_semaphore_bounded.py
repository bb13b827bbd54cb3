from multiprocessing import Semaphore, BoundedSemaphore, Lock, RLock

s = Semaphore(2)
s.acquire()
print(s.get_value())
s.release()
s.release()
print(s.get_value())
b = BoundedSemaphore(1)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
l = Lock()
print(l.acquire(), l.acquire(False), l.acquire(timeout=0.1))
l.release()
try:
    l.release()
except ValueError as e:
    print("ValueError:", e)
r = RLock()
print(r.acquire(), r.acquire())
r.release()
r.release()
try:
    r.release()
except AssertionError as e:
    print("AssertionError:", e)
