import multiprocessing as mp


def produce(name, q):
    for i in range(3):
        q.put(f"{name}{i}")


if __name__ == '__main__':
    q = mp.Queue()
    procs = [mp.Process(target=produce, args=(n, q)) for n in 'xyz']
    for p in procs:
        p.start()
    items = [q.get() for _ in range(9)]
    for p in procs:
        p.join()
    print(sorted(items))
    print([i for i in items if i[0] == 'y'])
