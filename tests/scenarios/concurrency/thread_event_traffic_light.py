import threading
import time

light = threading.Event()
log = []
lock = threading.Lock()


def lighter():
    time.sleep(0.2)
    light.set()


def car(n):
    with lock:
        log.append(f"car{n} waits")
    light.wait()
    with lock:
        log.append(f"car{n} goes")


cars = [threading.Thread(target=car, args=(i,)) for i in range(3)]
for c in cars:
    c.start()
time.sleep(0.05)
print(sorted(log))
threading.Thread(target=lighter).start()
for c in cars:
    c.join()
print(sorted(log)[-3:] if False else sorted(x for x in log if "goes" in x))
