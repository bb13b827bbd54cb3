import threading

n = 0
lock = threading.Lock()


def add():
    global n
    for _ in range(10000):
        lock.acquire()
        n += 1
        lock.release()


def sub():
    global n
    for _ in range(10000):
        with lock:
            n -= 1


ts = [threading.Thread(target=add) for _ in range(3)] + [threading.Thread(target=sub) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("n =", n)
