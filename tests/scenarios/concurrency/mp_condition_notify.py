import time
from multiprocessing import Process, Condition, Value


def waiter(cond, ready, out):
    with cond:
        cond.wait_for(lambda: ready.value == 1)
        out.value += 1


if __name__ == '__main__':
    cond = Condition()
    ready = Value('i', 0)
    out = Value('i', 0)
    ps = [Process(target=waiter, args=(cond, ready, out)) for _ in range(3)]
    for p in ps:
        p.start()
    time.sleep(0.3)
    with cond:
        ready.value = 1
        cond.notify_all()
    for p in ps:
        p.join()
    print("woken:", out.value)
    with cond:
        print("wait timeout:", cond.wait(0.1))
