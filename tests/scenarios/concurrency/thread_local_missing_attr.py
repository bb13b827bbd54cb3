import threading

data = threading.local()
data.x = 1


def show():
    print(hasattr(data, "x"), getattr(data, "x", "none"))
    data.x = 2
    print(data.x)


t = threading.Thread(target=show)
t.start()
t.join()
print(data.x)
print(data.y)
