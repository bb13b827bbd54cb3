import threading

r = threading.RLock()


def depth(n):
    with r:
        if n == 0:
            return 0
        return 1 + depth(n - 1)


print(depth(5))
print(r.acquire(), r.acquire(), r.acquire(blocking=False))
r.release()
r.release()
r.release()
print("released three times")
