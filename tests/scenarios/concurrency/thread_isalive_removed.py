import threading

t = threading.Thread(target=print, args=("hi",))
t.start()
t.join()
print(t.is_alive())
print(t.isAlive())
