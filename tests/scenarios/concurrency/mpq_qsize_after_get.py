import time
from multiprocessing import Queue, Process


def fill(q):
    for i in range(3):
        q.put(i)


if __name__ == '__main__':
    q = Queue()
    p = Process(target=fill, args=(q,))
    p.start()
    p.join()
    time.sleep(0.1)
    print(q.qsize(), q.empty(), q.full())
    print(q.get(), q.get(), q.get())
    print(q.empty())
    q.close()
    q.join_thread()
