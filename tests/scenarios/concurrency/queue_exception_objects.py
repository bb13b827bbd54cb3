from multiprocessing import Process, Queue


def risky(n, q):
    try:
        q.put(10 // n)
    except Exception as e:
        q.put(e)


if __name__ == '__main__':
    q = Queue()
    for n in [5, 0]:
        p = Process(target=risky, args=(n, q))
        p.start()
        r = q.get()
        p.join()
        print(type(r).__name__, r)
