import os
import threading
from multiprocessing import Process, Queue


def tell(q):
    q.put(os.getpid())


if __name__ == '__main__':
    q = Queue()
    t = threading.Thread(target=tell, args=(q,))
    t.start()
    t.join()
    p = Process(target=tell, args=(q,))
    p.start()
    p.join()
    tp, pp = q.get(), q.get()
    print("thread same pid:", tp == os.getpid())
    print("process same pid:", pp == os.getpid())
