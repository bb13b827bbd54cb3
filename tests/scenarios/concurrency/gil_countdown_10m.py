import time
from threading import Thread

COUNT = 10_000_000


def countdown(n):
    while n > 0:
        n -= 1


start = time.time()
t1 = Thread(target=countdown, args=(COUNT // 2,))
t2 = Thread(target=countdown, args=(COUNT // 2,))
t1.start()
t2.start()
t1.join()
t2.join()
print("two threads done, elapsed is a float:", isinstance(time.time() - start, float))
