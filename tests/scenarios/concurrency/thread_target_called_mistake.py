import threading
import time


def task(name):
    print(name, "runs in", threading.current_thread().name)
    time.sleep(0.1)


t = threading.Thread(target=task("alex"))
t.start()
t.join()
print("target was", t._target)
