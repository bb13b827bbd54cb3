import threading

data = threading.local()
data.x = 1
msg = []


def look():
    try:
        data.x
    except AttributeError as e:
        msg.append(str(e))


t = threading.Thread(target=look)
t.start()
t.join()
print(msg)
print(type(data))
