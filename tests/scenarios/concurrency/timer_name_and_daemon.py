import threading

t = threading.Timer(0.01, lambda: None)
print(t.name, t.daemon, t.interval)
u = threading.Thread(target=print)
print(u.name)
t.start()
t.join()
