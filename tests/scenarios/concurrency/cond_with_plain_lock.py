import threading

lock = threading.Lock()
cond = threading.Condition(lock)
box = []


def put():
    with cond:
        box.append('parcel')
        cond.notify()


with cond:
    t = threading.Thread(target=put)
    t.start()
    cond.wait_for(lambda: box)
    print("lock held after wait:", lock.locked())
t.join()
print(box, "lock held:", lock.locked())
