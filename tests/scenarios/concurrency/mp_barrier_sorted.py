from multiprocessing import Process, Barrier, Queue


def runner(b, q, i):
    idx = b.wait()
    q.put((i, idx in range(3)))


if __name__ == '__main__':
    b = Barrier(3)
    q = Queue()
    ps = [Process(target=runner, args=(b, q, i)) for i in range(3)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(sorted(q.get() for _ in ps))
    print(b.parties, b.n_waiting, b.broken)
