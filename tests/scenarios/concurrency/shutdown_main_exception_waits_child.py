import multiprocessing as mp


def child(ev):
    ev.wait()
    print("child still finishes")


if __name__ == '__main__':
    ev = mp.Event()
    p = mp.Process(target=child, args=(ev,))
    p.start()
    ev.set()
    raise SystemError("main crashes")
