import threading


def ring():
    print("should not ring")


t = threading.Timer(5, ring)
t.start()
t.cancel()
t.join()
print("cancelled; alive:", t.is_alive(), "finished:", t.finished.is_set())
t2 = threading.Timer(0.01, ring)
t2.cancel()
t2.start()
t2.join()
print("cancelled before start: no ring")
