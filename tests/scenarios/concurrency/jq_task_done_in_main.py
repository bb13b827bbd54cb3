import multiprocessing as mp


def producer(jq):
    for c in 'abc':
        jq.put(c)
    jq.join()
    print("producer: consumer finished every task")


if __name__ == '__main__':
    jq = mp.JoinableQueue()
    p = mp.Process(target=producer, args=(jq,))
    p.start()
    for _ in range(3):
        print("main consumes", jq.get())
        jq.task_done()
    p.join()
    print("exitcode", p.exitcode)
