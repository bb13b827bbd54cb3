import queue

for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue):
    q = cls()
    for x in [3, 1, 4, 1, 5]:
        q.put(x)
    print(cls.__name__, [q.get() for _ in range(5)])
pq = queue.PriorityQueue()
for item in [(2, 'write'), (1, 'read'), (3, 'sleep'), (1, 'eat')]:
    pq.put(item)
while not pq.empty():
    print(pq.get())
