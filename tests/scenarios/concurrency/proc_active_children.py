import multiprocessing as mp


def block(ev):
    ev.wait()


if __name__ == '__main__':
    ev = mp.Event()
    procs = [mp.Process(target=block, args=(ev,)) for _ in range(3)]
    print("before start:", len(mp.active_children()))
    for p in procs:
        p.start()
    names = sorted(p.name for p in mp.active_children())
    print("running:", names)
    ev.set()
    for p in procs:
        p.join()
    print("after join:", mp.active_children())
