import threading
import time

gun = threading.Event()
ready = threading.Semaphore(0)
finish = []
lock = threading.Lock()


def runner(i):
    ready.release()
    gun.wait()
    time.sleep(0.01 * (5 - i))
    with lock:
        finish.append(i)


ts = [threading.Thread(target=runner, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
for _ in ts:
    ready.acquire()
print("all ready, fire!")
gun.set()
for t in ts:
    t.join()
print(finish)
