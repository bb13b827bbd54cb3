# The course's bakery (producers/consumers with one None per consumer), at scale:
# 2 producers, N consumer processes (N read from stdin), one queue.
from multiprocessing import Process, Queue


def producer(q, name):
    for i in range(50):
        q.put(f"{name}-bun-{i}")


def consumer(q):
    eaten = 0
    while True:
        item = q.get()
        if item is None:
            break
        eaten += 1


if __name__ == '__main__':
    n = int(input())
    q = Queue()
    producers = [Process(target=producer, args=(q, n)) for n in ("alex", "wupei")]
    consumers = [Process(target=consumer, args=(q,)) for _ in range(n)]
    for p in producers + consumers:
        p.start()
    for p in producers:
        p.join()
    for _ in consumers:
        q.put(None)
    for c in consumers:
        c.join()
    print("all consumers done")
