import queue

q = queue.Queue()
for w in ["hello", "world"]:
    q.put(w)
print(" ".join(q.get() for _ in range(2)))
