import threading

lock = threading.Lock()


def bad():
    with lock:
        raise ValueError("inside lock")


t = threading.Thread(target=bad)
t.start()
t.join()
print("lock free again:", lock.acquire(timeout=0.5))
