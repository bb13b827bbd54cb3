from multiprocessing import Process


def f():
    print("work")


if __name__ == '__main__':
    p = Process(target=f)
    p.start()
    p.join()
    p.join()
    p.join(0)
    p.join(-1)
    print("joined several times:", p.exitcode)
