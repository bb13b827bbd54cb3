import threading
import queue

q = queue.Queue(maxsize=2)
done = []


def producer():
    for i in range(6):
        q.put(f"包子{i}")
    q.put(None)


def consumer():
    while True:
        item = q.get()
        if item is None:
            break
        done.append(item)


p = threading.Thread(target=producer)
c = threading.Thread(target=consumer)
p.start()
c.start()
p.join()
c.join()
print(done)
print(q.empty(), q.qsize())
