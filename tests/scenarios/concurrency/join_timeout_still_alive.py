import multiprocessing as mp


def f(ev):
    ev.wait()
    print("child released")


if __name__ == '__main__':
    ev = mp.Event()
    p = mp.Process(target=f, args=(ev,))
    p.start()
    p.join(timeout=0.1)
    print("after join(0.1): alive =", p.is_alive(), "exitcode =", p.exitcode)
    ev.set()
    p.join()
    print("after join(): alive =", p.is_alive(), "exitcode =", p.exitcode)
