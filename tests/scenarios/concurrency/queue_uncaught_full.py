import queue

q = queue.Queue(1)
q.put("a")
print("first put ok")
q.put_nowait("b")
