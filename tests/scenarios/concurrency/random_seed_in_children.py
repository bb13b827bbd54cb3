import random
from multiprocessing import Process, Queue


def roll(q, seed):
    random.seed(seed)
    q.put((seed, [random.randint(1, 6) for _ in range(3)], round(random.random(), 4)))


if __name__ == '__main__':
    q = Queue()
    ps = [Process(target=roll, args=(q, s)) for s in (1, 2, 42)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    for item in sorted(q.get() for _ in ps):
        print(item)
    random.seed(7)
    print(random.choice("abcdef"), random.sample(range(10), 3), random.uniform(1, 2))
    lst = list(range(6))
    random.shuffle(lst)
    print(lst)
