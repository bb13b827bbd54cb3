import queue

q = queue.Queue()
q.put('one')
print(q.get_nowait())
print(q.get_nowait())
