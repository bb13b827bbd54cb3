import multiprocessing as mp


def child(r, q):
    with r:
        with r:
            q.put('child held it twice')


if __name__ == '__main__':
    r = mp.RLock()
    q = mp.Queue()
    with r:
        p = mp.Process(target=child, args=(r, q))
        p.start()
        print("child blocked while main holds:", q.empty())
    print(q.get())
    p.join()
