from multiprocessing import Process, Queue


def stage(n, q):
    value = q.get()
    print(f"stage {n} got {value}")
    q.put(value * 2)


if __name__ == '__main__':
    q = Queue()
    q.put(1)
    for n in range(4):
        p = Process(target=stage, args=(n, q))
        p.start()
        p.join()
    print("final", q.get())
