import threading

count = 0


def inc():
    count += 1


t = threading.Thread(target=inc)
t.start()
t.join()
print("count", count)
