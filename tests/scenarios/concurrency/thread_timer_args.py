import threading
import time

out = []


def ring(who, times=1):
    out.append(who * times)


t1 = threading.Timer(0.2, ring, args=("b",), kwargs={"times": 2})
t2 = threading.Timer(0.1, ring, ["a"])
t3 = threading.Timer(0.3, ring, ["c"])
for t in (t1, t2, t3):
    t.start()
t3.cancel()
for t in (t1, t2, t3):
    t.join()
print(out)
print(t1.is_alive(), t3.finished.is_set(), t1.interval)
