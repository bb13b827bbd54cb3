# yield from an iterator whose __iter__ and __next__ wait for a lock
import threading, time
lock = threading.Lock()
class It:
    def __init__(self): self.n = 0
    def __iter__(self):
        with lock: return self
    def __next__(self):
        with lock:
            self.n += 1
            if self.n > 2: raise StopIteration
            return self.n
def gen():
    r = yield from It()
    yield 'end'
def worker():
    print(list(gen()))
lock.acquire()
t = threading.Thread(target=worker); t.start()
time.sleep(0.1); print("releasing"); lock.release(); t.join()
