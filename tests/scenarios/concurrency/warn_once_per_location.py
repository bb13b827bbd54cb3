import threading

t = threading.current_thread()
for i in range(3):
    t.getName()
t.getName()
print("warned twice: once per line")
