import queue
import threading

q = queue.SimpleQueue()
print(type(q))
print(q.empty(), q.qsize())


def producer():
    for i in range(3):
        q.put(i)


t = threading.Thread(target=producer)
t.start()
print([q.get() for _ in range(3)])
t.join()
try:
    q.get(timeout=0.02)
except queue.Empty:
    print("Empty")
