# A Manager's dict and list are shared through its server process: every child's
# changes are seen by the parent (unlike a plain dict, which each child copies).
from multiprocessing import Manager, Process, active_children


def work(shared, log, plain, i):
    shared[i] = i * i
    log.append(f"worker {i}")
    plain[i] = i


if __name__ == '__main__':
    plain = {}
    with Manager() as manager:
        shared = manager.dict()
        log = manager.list()
        print([p.name for p in active_children()])
        workers = [Process(target=work, args=(shared, log, plain, i)) for i in range(4)]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        print(sorted(shared.items()))
        print(sorted(log))
        print(len(shared), 3 in shared, 7 in shared, shared.get(7, 'none'))
        print(dict(sorted(dict(shared).items())))
        print("plain dict in the parent:", plain)
        print(type(shared).__name__, type(log).__name__, [w.name for w in workers])
    print(active_children())
