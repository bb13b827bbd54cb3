from multiprocessing import Process, Queue


def producer(q):
    for word in ['alpha', 'beta', 'gamma']:
        q.put(word)
    q.put(None)


if __name__ == '__main__':
    q = Queue()
    p = Process(target=producer, args=(q,))
    p.start()
    while True:
        item = q.get()
        if item is None:
            break
        print("got", item)
    p.join()
