import threading
import multiprocessing as mp

data = threading.local()


def child():
    print("child inherits main thread's local:", getattr(data, 'x', None))
    data.x = 'child'
    print("child set:", data.x)


if __name__ == '__main__':
    data.x = 'parent'
    p = mp.Process(target=child)
    p.start()
    p.join()
    print("parent keeps:", data.x)
