import multiprocessing as mp


def child(cond, value):
    with cond:
        value.value = 42
        cond.notify()


if __name__ == '__main__':
    cond = mp.Condition()
    value = mp.Value('i', 0)
    with cond:
        p = mp.Process(target=child, args=(cond, value))
        p.start()
        ok = cond.wait_for(lambda: value.value == 42, timeout=5)
    print("wait_for:", ok, "value:", value.value)
    p.join()
