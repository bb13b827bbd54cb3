# N short-lived processes (N from stdin): the kernel's cost per event at scale.
from multiprocessing import Process


def work():
    total = 0
    for i in range(10):
        total += i


if __name__ == '__main__':
    n = int(input())
    procs = [Process(target=work) for _ in range(n)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
