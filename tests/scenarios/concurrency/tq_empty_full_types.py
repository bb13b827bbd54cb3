import queue

q = queue.Queue(maxsize=1)
try:
    q.get_nowait()
except queue.Empty as e:
    print(type(e), repr(e), isinstance(e, Exception))
q.put('x')
try:
    q.put_nowait('y')
except queue.Full as e:
    print(type(e), repr(e))
try:
    q.put('y', timeout=0.05)
except queue.Full:
    print("put timeout: Full")
print(q.get(timeout=0.05))
try:
    q.get(timeout=0.05)
except queue.Empty:
    print("get timeout: Empty")
