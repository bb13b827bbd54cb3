import threading

lock = threading.RLock()
log = []


def outer():
    with lock:
        log.append("outer")
        inner()


def inner():
    with lock:
        log.append("inner")


t = threading.Thread(target=outer)
t.start()
t.join()
print(log)
plain = threading.Lock()
print(plain.locked(), plain.acquire(), plain.locked(), plain.acquire(blocking=False))
plain.release()
try:
    plain.release()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
print(type(lock).__name__, type(plain).__name__)
