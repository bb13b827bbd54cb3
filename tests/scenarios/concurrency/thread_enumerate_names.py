import threading
import time

stop = threading.Event()


def idle():
    stop.wait()


ts = [threading.Thread(target=idle, name=f"w{i}") for i in range(3)]
print(threading.active_count())
for t in ts:
    t.start()
print(threading.active_count(), sorted(t.name for t in threading.enumerate()))
stop.set()
for t in ts:
    t.join()
print(threading.active_count(), [t.name for t in threading.enumerate()])
print([t.is_alive() for t in ts])
