import multiprocessing as mp


def wait_for(ev):
    ev.wait()


if __name__ == '__main__':
    ev = mp.Event()
    p = mp.Process(target=wait_for, args=(ev,))
    print("before start:", p.is_alive(), p.exitcode)
    p.start()
    print("while blocked:", p.is_alive(), p.exitcode)
    ev.set()
    p.join()
    print("after join:", p.is_alive(), p.exitcode)
