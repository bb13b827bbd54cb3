import threading
import time

results = {}


def worker(name, delay):
    time.sleep(delay)
    results[name] = delay


ts = [threading.Thread(target=worker, args=(n, d), name=n) for n, d in (("b", 0.2), ("a", 0.1))]
list(map(lambda t: t.start(), ts))
for t in sorted(ts, key=lambda t: t.name):
    t.join()
print(sorted(results.items()))
