import threading

cond = threading.Condition()
state = {'n': 0}


def bump():
    for _ in range(5):
        with cond:
            state['n'] += 1
            cond.notify_all()


t = threading.Thread(target=bump)
with cond:
    t.start()
    ok = cond.wait_for(lambda: state['n'] == 5)
    print("wait_for returned", ok, "n =", state['n'])
t.join()
with cond:
    print("timeout:", cond.wait_for(lambda: state['n'] > 5, timeout=0.05))
    print("wait(0.02):", cond.wait(0.02))
