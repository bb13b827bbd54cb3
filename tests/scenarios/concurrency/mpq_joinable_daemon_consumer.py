from multiprocessing import Process, JoinableQueue, Queue


def consumer(q, log):
    while True:
        item = q.get()
        log.put(item.upper())
        q.task_done()


if __name__ == '__main__':
    q = JoinableQueue()
    log = Queue()
    c = Process(target=consumer, args=(q, log), daemon=True)
    c.start()
    for w in ["apple", "pear", "plum"]:
        q.put(w)
    q.join()
    print("all done:", [log.get() for _ in range(3)])
    print("consumer daemon:", c.daemon)
