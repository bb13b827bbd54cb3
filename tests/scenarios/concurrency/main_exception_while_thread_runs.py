import threading
import time


def worker():
    time.sleep(0.2)
    print("worker finished")


threading.Thread(target=worker).start()
print("main about to fail")
raise ValueError("main failed")
