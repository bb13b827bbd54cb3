from multiprocessing import Event, Condition, Barrier
from threading import BrokenBarrierError
import multiprocessing as mp

if __name__ == '__main__':
    e = Event()
    print(e.wait(0.1), e.is_set())
    e.set()
    print(e.wait(), e.wait(0))
    c = Condition()
    with c:
        print(c.wait(0.05))
    b = Barrier(2, timeout=0.1)
    try:
        b.wait()
    except BrokenBarrierError as err:
        print("BrokenBarrierError", repr(err), b.broken)
    print("ok")
