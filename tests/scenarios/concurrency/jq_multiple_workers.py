import multiprocessing as mp


def worker(jq, out):
    while True:
        n = jq.get()
        if n is None:
            jq.task_done()
            break
        out.put(n + 100)
        jq.task_done()


if __name__ == '__main__':
    jq, out = mp.JoinableQueue(), mp.Queue()
    ws = [mp.Process(target=worker, args=(jq, out)) for _ in range(3)]
    for w in ws:
        w.start()
    for n in range(9):
        jq.put(n)
    for _ in ws:
        jq.put(None)
    jq.join()
    print(sorted(out.get() for _ in range(9)))
    for w in ws:
        w.join()
    print([w.exitcode for w in ws])
