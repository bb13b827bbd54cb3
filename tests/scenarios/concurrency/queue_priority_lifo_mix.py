import queue

pq = queue.PriorityQueue()
for item in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent")]:
    pq.put(item)
print([pq.get() for _ in range(pq.qsize())])
lq = queue.LifoQueue(maxsize=3)
for i in range(3):
    lq.put(i)
print(lq.full(), [lq.get() for _ in range(3)], lq.empty())
bad = queue.PriorityQueue()
bad.put({"a": 1})
try:
    bad.put({"b": 2})
except TypeError as e:
    print("TypeError:", e)
