import sys
from multiprocessing import Process


def f(code):
    sys.exit(code)


if __name__ == '__main__':
    procs = [Process(target=f, args=(i,)) for i in range(5)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print([p.exitcode for p in procs])
