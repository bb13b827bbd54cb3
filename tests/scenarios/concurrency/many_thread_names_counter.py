import threading


def f():
    pass


names = []
for i in range(12):
    t = threading.Thread(target=f)
    t.start()
    t.join()
    names.append(t.name)
print(names[-3:])
print(threading.Timer(1, f).name, threading.Thread().name)
