import multiprocessing as mp


def add(v, n):
    for _ in range(n):
        with v.get_lock():
            v.value += 1


if __name__ == '__main__':
    v = mp.Value('i', 0)
    procs = [mp.Process(target=add, args=(v, 25)) for _ in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print(v.value)
