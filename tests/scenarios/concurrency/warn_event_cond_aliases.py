import threading

e = threading.Event()
print(e.isSet())
c = threading.Condition()
with c:
    c.notifyAll()
print("done")
