import os
from multiprocessing import Process, Queue


def report(q):
    q.put((os.getpid(), os.getppid()))


if __name__ == '__main__':
    q = Queue()
    ps = [Process(target=report, args=(q,)) for _ in range(3)]
    for p in ps:
        p.start()
    got = [q.get() for _ in ps]
    for p in ps:
        p.join()
    print("all parents are me:", all(pp == os.getpid() for _, pp in got))
    print("pids match:", sorted(pid for pid, _ in got) == sorted(p.pid for p in ps))
    print("distinct:", len({pid for pid, _ in got}))
    print("pid types:", type(ps[0].pid).__name__, type(os.getppid()).__name__)
