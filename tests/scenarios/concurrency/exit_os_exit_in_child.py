import os
from multiprocessing import Process


def f():
    print("about to os._exit(5)")
    os._exit(5)
    print("not reached")


if __name__ == '__main__':
    p = Process(target=f)
    p.start()
    p.join()
    print("exitcode:", p.exitcode)
