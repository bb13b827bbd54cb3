import os
import time
from multiprocessing import Process, Queue


def grandchild(q):
    time.sleep(0.3)
    q.put(("grandchild ppid changed", os.getppid() != PARENT[0]))


def child(q):
    PARENT[0] = os.getpid()
    Process(target=grandchild, args=(q,)).start()
    os._exit(0)


PARENT = [0]

if __name__ == '__main__':
    q = Queue()
    p = Process(target=child, args=(q,))
    p.start()
    p.join()
    print("child exit", p.exitcode)
    print(q.get(timeout=3))
