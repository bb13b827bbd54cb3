import threading

t = threading.Thread(target=print)
print(t.isDaemon())
t.setDaemon(True)
print(t.daemon)
