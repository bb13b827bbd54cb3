# interleave: engine-limit
# interleave: memory-mb 256
# Threads share one process's memory: each building a big list, one of them meets
# MemoryError (its traceback says which thread), and the rest of the program goes on.
import threading

def build():
    keep = []
    while True:
        keep.append('y' * 100_000)

workers = [threading.Thread(target=build) for _ in range(3)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print('main goes on')
