import threading
import time

e = threading.Event()
print("wait(0.1) ->", e.wait(0.1))


def setter():
    time.sleep(0.1)
    e.set()


threading.Thread(target=setter).start()
print("wait(2) ->", e.wait(2))
print("is_set", e.is_set(), e.isSet() if False else "")
e.clear()
print("after clear", e.is_set(), e.wait(0))
