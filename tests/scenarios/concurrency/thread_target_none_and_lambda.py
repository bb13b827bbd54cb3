import threading

t = threading.Thread()
t.start()
t.join()
print("no target:", t.name)
box = []
t = threading.Thread(target=lambda: box.append(1))
t.start()
t.join()
print(t.name, box)
