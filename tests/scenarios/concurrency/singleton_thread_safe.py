import threading
import time


class Config:
    _instance = None
    _lock = threading.Lock()

    def __new__(cls):
        if cls._instance is None:
            with cls._lock:
                if cls._instance is None:
                    time.sleep(0.01)
                    cls._instance = super().__new__(cls)
        return cls._instance


ids = set()


def get():
    ids.add(id(Config()))


ts = [threading.Thread(target=get) for _ in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(ids))
