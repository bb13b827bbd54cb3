import os
import multiprocessing as mp


def show(p):
    r = repr(p).replace(f'parent={os.getpid()}', 'parent=MAIN')
    if p.pid is not None:
        r = r.replace(f'pid={p.pid}', 'pid=CHILD')
    print(r)


def wait(ev):
    ev.wait()


if __name__ == '__main__':
    ev = mp.Event()
    p = mp.Process(target=wait, args=(ev,))
    show(p)
    p.start()
    show(p)
    ev.set()
    p.join()
    show(p)
    d = mp.Process(target=print, name='d', daemon=True)
    show(d)
    print(repr(mp.current_process()).startswith("<_MainProcess name='MainProcess' parent=None started>"))
