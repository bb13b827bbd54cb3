import threading

cond = threading.Condition()
waiting = 0
go = False
woke = []


def waiter(i):
    global waiting
    with cond:
        waiting += 1
        cond.notify_all()
        while not go:
            cond.wait()
        woke.append(i)


threads = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
with cond:
    cond.wait_for(lambda: waiting == 4)
    print("all four are waiting")
    go = True
    cond.notify_all()
for t in threads:
    t.join()
print(sorted(woke))
