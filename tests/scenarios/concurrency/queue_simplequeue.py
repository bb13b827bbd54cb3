import multiprocessing as mp


def child(q):
    for i in range(3):
        q.put(i * 10)


if __name__ == '__main__':
    q = mp.SimpleQueue()
    print("empty at first:", q.empty())
    p = mp.Process(target=child, args=(q,))
    p.start()
    print([q.get() for _ in range(3)])
    p.join()
    print("empty at end:", q.empty())
    q.close()
