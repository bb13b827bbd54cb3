import sys
from multiprocessing import Process


def f():
    sys.exit("fatal: bad input")


if __name__ == '__main__':
    p = Process(target=f)
    p.start()
    p.join()
    print("exitcode:", p.exitcode)
