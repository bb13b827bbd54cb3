import sys
import multiprocessing as mp


def f(ev):
    ev.wait()
    print("child finishes after main called sys.exit")


if __name__ == '__main__':
    ev = mp.Event()
    p = mp.Process(target=f, args=(ev,))
    p.start()
    print("main calls sys.exit(4)")
    ev.set()
    sys.exit(4)
