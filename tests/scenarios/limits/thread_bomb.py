# interleave: engine-limit
# A thread bomb: past the machine's 4,096 threads, start() raises CPython's
# RuntimeError, and the program can still join them all and start another.
import threading
ev = threading.Event()
threads = []
try:
    while True:
        t = threading.Thread(target=ev.wait)
        t.start()
        threads.append(t)
except RuntimeError as e:
    print(type(e).__name__, e, len(threads) > 100)
ev.set()
for t in threads:
    t.join()
print('all joined')
t = threading.Thread(target=print, args=('a new thread runs',))
t.start(); t.join()
