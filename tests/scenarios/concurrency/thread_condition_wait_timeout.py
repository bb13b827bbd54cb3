import threading

c = threading.Condition()
with c:
    r = c.wait(timeout=0.05)
print("wait result:", r)
with c:
    print("wait_for:", c.wait_for(lambda: 42, timeout=0.01))
    print("wait_for false:", c.wait_for(lambda: 0, timeout=0.05))
try:
    c.notify()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    c.wait()
except RuntimeError as e:
    print("RuntimeError:", e)
