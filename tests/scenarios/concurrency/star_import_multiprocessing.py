from multiprocessing import *
from threading import *


def f(q):
    q.put(current_process().name)


if __name__ == '__main__':
    q = Queue()
    p = Process(target=f, args=(q,))
    p.start()
    p.join()
    print(q.get(), current_thread().name, active_count())
