import multiprocessing as mp


def worker(jq, results):
    while True:
        item = jq.get()
        results.put(item * 2)
        jq.task_done()


if __name__ == '__main__':
    jq = mp.JoinableQueue()
    results = mp.Queue()
    p = mp.Process(target=worker, args=(jq, results), daemon=True)
    p.start()
    for i in range(5):
        jq.put(i)
    jq.join()
    print("all tasks done")
    print([results.get() for _ in range(5)])
