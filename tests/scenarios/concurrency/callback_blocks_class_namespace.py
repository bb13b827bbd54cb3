# __prepare__'s mapping whose __setitem__ waits for a lock held by the main thread
import threading, time
lock = threading.Lock()
class NS(dict):
    def __setitem__(self, k, v):
        with lock:
            super().__setitem__(k, v)
    def __getitem__(self, k):
        with lock:
            return super().__getitem__(k)
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return NS()
def worker():
    class C(metaclass=Meta):
        x = 1
        y = x + 1
        del x
    print("class made", C.y)
lock.acquire()
t = threading.Thread(target=worker); t.start()
time.sleep(0.1); print("releasing"); lock.release(); t.join()
