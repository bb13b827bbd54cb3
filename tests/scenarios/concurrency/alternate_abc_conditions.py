import threading

cond = threading.Condition()
turn = 0
out = []


def printer(idx, ch):
    global turn
    for _ in range(3):
        with cond:
            cond.wait_for(lambda: turn % 3 == idx)
            out.append(ch)
            turn += 1
            cond.notify_all()


ts = [threading.Thread(target=printer, args=(i, c)) for i, c in enumerate("ABC")]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("".join(out))
