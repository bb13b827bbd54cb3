import threading

lock = threading.Lock()
print(lock.acquire())
print("locked:", lock.locked())
print("non-blocking:", lock.acquire(False))
print("blocking=False kw:", lock.acquire(blocking=False))
print("timeout:", lock.acquire(timeout=0.05))
lock.release()
print("locked:", lock.locked())
print("free now:", lock.acquire(timeout=0.05))
lock.release()
