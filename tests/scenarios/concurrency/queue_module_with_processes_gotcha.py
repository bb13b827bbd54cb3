import queue
from multiprocessing import Process

q = queue.Queue()


def child():
    q.put("from child")
    print("child qsize", q.qsize())


if __name__ == '__main__':
    p = Process(target=child)
    p.start()
    p.join()
    try:
        print(q.get(timeout=0.3))
    except queue.Empty:
        print("parent queue is empty: queue.Queue is not shared")
