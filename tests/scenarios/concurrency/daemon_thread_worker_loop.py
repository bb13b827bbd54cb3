import threading
import queue

q = queue.Queue()
out = []


def worker():
    while True:
        item = q.get()
        out.append(item.upper())
        q.task_done()


threading.Thread(target=worker, daemon=True).start()
for word in ['a', 'b', 'c']:
    q.put(word)
q.join()
print(out)
