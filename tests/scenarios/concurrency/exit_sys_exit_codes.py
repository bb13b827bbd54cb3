import sys
from multiprocessing import Process


def exit_with(arg):
    sys.exit(arg)


if __name__ == '__main__':
    for arg in [0, 1, 7, None, True, 255]:
        p = Process(target=exit_with, args=(arg,))
        p.start()
        p.join()
        print(repr(arg), '->', p.exitcode)
