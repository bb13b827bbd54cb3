import threading
import time


class RWLock:
    def __init__(self):
        self.cond = threading.Condition()
        self.readers = 0

    def acquire_read(self):
        with self.cond:
            self.readers += 1

    def release_read(self):
        with self.cond:
            self.readers -= 1
            if self.readers == 0:
                self.cond.notify_all()

    def acquire_write(self):
        self.cond.acquire()
        while self.readers > 0:
            self.cond.wait()

    def release_write(self):
        self.cond.release()


rw = RWLock()
data = {"v": 0}
seen = []


def reader():
    rw.acquire_read()
    seen.append(data["v"])
    time.sleep(0.05)
    rw.release_read()


def writer():
    rw.acquire_write()
    data["v"] += 1
    rw.release_write()


rs = [threading.Thread(target=reader) for _ in range(3)]
for r in rs:
    r.start()
time.sleep(0.01)
w = threading.Thread(target=writer)
w.start()
for t in rs + [w]:
    t.join()
print(seen, data)
