import threading

ev = threading.Event()
t = threading.Thread(target=ev.wait)
t.start()
t.join(timeout=0.05)
print("alive after join(0.05):", t.is_alive())
ev.set()
t.join()
print("alive after join():", t.is_alive())
t.join()
print("second join returns at once")
