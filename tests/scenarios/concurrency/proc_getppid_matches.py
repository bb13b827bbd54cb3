import os
from multiprocessing import Process, Queue


def report(q):
    q.put(os.getppid())
    q.put(os.getpid())


if __name__ == '__main__':
    q = Queue()
    p = Process(target=report, args=(q,))
    p.start()
    ppid = q.get()
    cpid = q.get()
    p.join()
    print("child's parent is me:", ppid == os.getpid())
    print("child's pid is p.pid:", cpid == p.pid)
    print("child pid differs from mine:", cpid != os.getpid())
