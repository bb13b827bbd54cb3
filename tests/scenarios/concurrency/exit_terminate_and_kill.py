import multiprocessing as mp


def block(ev):
    ev.wait()


if __name__ == '__main__':
    ev = mp.Event()
    a = mp.Process(target=block, args=(ev,))
    b = mp.Process(target=block, args=(ev,))
    a.start()
    b.start()
    a.terminate()
    b.kill()
    a.join()
    b.join()
    print("terminate:", a.exitcode)
    print("kill:", b.exitcode)
