from multiprocessing import Process, Queue


def worker(tasks, results):
    for n in iter(tasks.get, 'STOP'):
        results.put((n, n ** 3))


if __name__ == '__main__':
    tasks, results = Queue(), Queue()
    workers = [Process(target=worker, args=(tasks, results)) for _ in range(3)]
    for w in workers:
        w.start()
    for n in range(10):
        tasks.put(n)
    for _ in workers:
        tasks.put('STOP')
    collected = sorted(results.get() for _ in range(10))
    for w in workers:
        w.join()
    print(collected)
