import multiprocessing as mp


def leaf(q):
    q.put(mp.current_process().name)


def middle(q):
    q.put(mp.current_process().name)
    for _ in range(2):
        p = mp.Process(target=leaf, args=(q,))
        p.start()
        p.join()


if __name__ == '__main__':
    q = mp.Queue()
    for _ in range(2):
        p = mp.Process(target=middle, args=(q,))
        p.start()
        p.join()
    print([q.get() for _ in range(6)])
