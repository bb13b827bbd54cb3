import multiprocessing as mp


def add(counter, lock, n):
    for _ in range(n):
        with lock:
            counter.value += 1


if __name__ == '__main__':
    counter = mp.Value('i', 0, lock=False)
    lock = mp.Lock()
    procs = [mp.Process(target=add, args=(counter, lock, 50)) for _ in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print("counter:", counter.value)
