import time
from threading import Thread


def io_task():
    time.sleep(0.5)


start = time.time()
ts = [Thread(target=io_task) for _ in range(10)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("10 io tasks with threads:", round(time.time() - start, 1))
start = time.time()
for _ in range(3):
    io_task()
print("3 serial:", round(time.time() - start, 1))
