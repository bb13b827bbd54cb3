import threading

cond = threading.Condition()
items = []
DONE = object()


def consumer():
    while True:
        with cond:
            while not items:
                cond.wait()
            item = items.pop(0)
        if item is DONE:
            break
        print("consumed", item)


t = threading.Thread(target=consumer)
t.start()
for i in range(4):
    with cond:
        items.append(i)
        cond.notify()
with cond:
    items.append(DONE)
    cond.notify()
t.join()
print("consumer finished")
