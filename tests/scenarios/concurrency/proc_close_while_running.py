import multiprocessing as mp


def f(ev):
    ev.wait()


if __name__ == '__main__':
    ev = mp.Event()
    p = mp.Process(target=f, args=(ev,))
    p.start()
    try:
        p.close()
    except ValueError as e:
        print("ValueError:", e)
    ev.set()
    p.join()
    p.close()
    print("closed after join")
