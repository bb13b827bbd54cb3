import threading

count = 0
lock = threading.Lock()


def add(n):
    global count
    for _ in range(n):
        with lock:
            count += 1


threads = [threading.Thread(target=add, args=(1000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(count)
print("locked at end:", lock.locked())
