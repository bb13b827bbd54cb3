import multiprocessing as mp


def work(barrier, arrived, q):
    with arrived.get_lock():
        arrived.value += 1
    barrier.wait()
    q.put(arrived.value)


if __name__ == '__main__':
    barrier = mp.Barrier(3)
    arrived = mp.Value('i', 0)
    q = mp.Queue()
    procs = [mp.Process(target=work, args=(barrier, arrived, q)) for _ in range(3)]
    for p in procs:
        p.start()
    seen = [q.get() for _ in range(3)]
    for p in procs:
        p.join()
    print("each saw", seen, "arrivals after the barrier")
