# interleave: engine-limit
# A process bomb: past the machine's 1,024 processes, start() raises CPython's
# BlockingIOError (EAGAIN from fork), and the program can still join them all.
from multiprocessing import Process, Event
import time
def f(ev):
    ev.wait()
if __name__ == '__main__':
    ev = Event()
    ps = []
    try:
        while True:
            p = Process(target=f, args=(ev,))
            p.start()
            ps.append(p)
    except BlockingIOError as e:
        print(type(e).__name__, e, len(ps) > 100)
    ev.set()
    for p in ps:
        p.join()
    print('all joined')
