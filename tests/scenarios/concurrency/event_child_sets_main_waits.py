import multiprocessing as mp


def child(ev):
    print("child sets the event")
    ev.set()


if __name__ == '__main__':
    ev = mp.Event()
    print("set before:", ev.is_set())
    p = mp.Process(target=child, args=(ev,))
    p.start()
    print("wait returned", ev.wait())
    p.join()
    print("set after:", ev.is_set())
