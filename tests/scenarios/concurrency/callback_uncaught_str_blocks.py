# An uncaught exception whose __str__ takes a lock another thread holds: the traceback
# waits for the lock and then prints the message, as CPython's does.
import threading
import time

lock = threading.Lock()


class OrderError(Exception):
    def __str__(self):
        with lock:
            return "order refused while the stock was locked"


def audit():
    with lock:
        time.sleep(0.1)
        print("audit done")


threading.Thread(target=audit).start()
time.sleep(0.01)
raise OrderError()
