from multiprocessing import Process, Queue


def producer(q, name, n):
    for i in range(n):
        q.put(f"{name}的包子{i}")


def consumer(q, out):
    eaten = 0
    while True:
        item = q.get()
        if item is None:
            break
        eaten += 1
    out.put(eaten)


if __name__ == '__main__':
    q = Queue()
    out = Queue()
    ps = [Process(target=producer, args=(q, n, 3)) for n in ("alex", "egon")]
    cs = [Process(target=consumer, args=(q, out)) for _ in range(2)]
    for p in ps + cs:
        p.start()
    for p in ps:
        p.join()
    for _ in cs:
        q.put(None)
    for c in cs:
        c.join()
    print("total eaten:", out.get() + out.get())
