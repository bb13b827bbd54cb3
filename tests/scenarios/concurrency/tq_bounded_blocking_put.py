import threading
import queue

q = queue.Queue(maxsize=1)
received = []


def consumer():
    for _ in range(5):
        received.append(q.get())


t = threading.Thread(target=consumer)
t.start()
for i in range(5):
    q.put(i)
t.join()
print(received, q.empty())
