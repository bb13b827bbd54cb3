import threading

buf = []
cond = threading.Condition()
consumed = []


def producer():
    for i in range(5):
        with cond:
            while len(buf) >= 2:
                cond.wait()
            buf.append(i)
            cond.notify_all()


def consumer():
    for _ in range(5):
        with cond:
            while not buf:
                cond.wait()
            consumed.append(buf.pop(0))
            cond.notify_all()


ts = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(consumed, buf)
