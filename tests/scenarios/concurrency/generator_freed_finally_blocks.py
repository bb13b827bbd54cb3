# a generator's finally that waits, when the generator is dropped
import threading, time
lock = threading.Lock()
def gen():
    try:
        yield 1
    finally:
        with lock:
            print("finally")
def worker():
    g = gen(); next(g)
    del g
    print("after")
lock.acquire()
t = threading.Thread(target=worker); t.start()
time.sleep(0.1); print("releasing"); lock.release(); t.join()
