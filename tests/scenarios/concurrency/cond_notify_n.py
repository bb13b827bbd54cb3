import threading

cond = threading.Condition()
waiting = 0
tokens = 0
served = []


def waiter(i):
    global waiting, tokens
    with cond:
        waiting += 1
        cond.notify_all()
        while tokens == 0:
            cond.wait()
        tokens -= 1
        served.append(i)
        cond.notify_all()


threads = [threading.Thread(target=waiter, args=(i,), daemon=True) for i in range(3)]
for t in threads:
    t.start()
with cond:
    cond.wait_for(lambda: waiting == 3)
    tokens = 2
    cond.notify(2)
with cond:
    cond.wait_for(lambda: len(served) == 2)
print("served", len(served), "of 3")
