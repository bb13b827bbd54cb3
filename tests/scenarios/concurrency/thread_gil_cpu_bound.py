import threading
import time


def count(n):
    while n > 0:
        n -= 1


start = time.time()
count(200000)
count(200000)
serial = time.time() - start

start = time.time()
ts = [threading.Thread(target=count, args=(200000,)) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
threaded = time.time() - start
print("threads not 2x faster:", threaded > serial * 0.6)
