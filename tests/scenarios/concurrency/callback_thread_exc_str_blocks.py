# A thread's uncaught exception whose __str__ takes a lock the main thread holds:
# threading's excepthook waits for it, then prints the message.
import threading
import time

lock = threading.Lock()


class Refused(Exception):
    def __str__(self):
        with lock:
            return "refused"


def worker():
    raise Refused()


with lock:
    t = threading.Thread(target=worker)
    t.start()
    time.sleep(0.1)
    print("main releases the lock")
t.join()
print("joined")
