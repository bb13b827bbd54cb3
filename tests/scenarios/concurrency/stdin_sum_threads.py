import sys
import threading

lines = [line.strip() for line in sys.stdin]
total = 0
lock = threading.Lock()


def add(x):
    global total
    with lock:
        total += int(x)


ts = [threading.Thread(target=add, args=(x,)) for x in lines if x]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(lines), total)
