import queue

q = queue.Queue(3)
print(q.maxsize, q.qsize(), q.empty(), q.full())
for i in range(3):
    q.put(i)
print(q.qsize(), q.empty(), q.full())
u = queue.Queue()
for i in range(100):
    u.put(i)
print(u.full(), u.qsize())
print(queue.Queue(0).full(), queue.Queue(-5).maxsize)
