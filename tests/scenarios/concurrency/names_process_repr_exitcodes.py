import os
import sys
import multiprocessing as mp


def show(p):
    print(repr(p).replace(f'parent={os.getpid()}', 'parent=MAIN').replace(f'pid={p.pid}', 'pid=CHILD'))


def wait(ev):
    ev.wait()


if __name__ == '__main__':
    ev = mp.Event()
    a = mp.Process(target=wait, args=(ev,))
    b = mp.Process(target=wait, args=(ev,))
    c = mp.Process(target=sys.exit, args=(3,))
    for p in (a, b, c):
        p.start()
    a.terminate()
    b.kill()
    for p in (a, b, c):
        p.join()
        show(p)
