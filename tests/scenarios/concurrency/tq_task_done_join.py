import threading
import queue

q = queue.Queue()
done = []


def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        done.append(item * 10)
        q.task_done()


t = threading.Thread(target=worker)
t.start()
for i in range(5):
    q.put(i)
q.join()
print("after join:", done, "unfinished:", q.unfinished_tasks)
q.put(None)
t.join()
