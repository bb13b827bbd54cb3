import multiprocessing as mp


def f():
    print("child daemon flag:", mp.current_process().daemon)


if __name__ == '__main__':
    a = mp.Process(target=f)
    b = mp.Process(target=f, daemon=True)
    c = mp.Process(target=f)
    c.daemon = True
    print(a.daemon, b.daemon, c.daemon)
    print("main daemon:", mp.current_process().daemon)
    for p in (a, b, c):
        p.start()
        p.join()
