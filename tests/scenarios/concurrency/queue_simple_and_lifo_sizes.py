import queue

s = queue.SimpleQueue()
for x in "abc":
    s.put(x)
print(s.qsize(), s.get(), s.get_nowait(), s.empty())
try:
    s.get(timeout=0.01)
    s.get(timeout=0.01)
except queue.Empty:
    print("empty")
print(issubclass(queue.Full, Exception), queue.Empty.__module__, queue.Full.__module__)
print(queue.Queue().maxsize, queue.LifoQueue.__mro__[1].__name__)
