import time
from multiprocessing import Process


def task(n):
    time.sleep(n)


if __name__ == '__main__':
    start = time.time()
    ps = [Process(target=task, args=(n,)) for n in (0.3, 0.6, 0.9)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print("concurrent:", round(time.time() - start, 1))
    start = time.time()
    for n in (0.2, 0.3):
        p = Process(target=task, args=(n,))
        p.start()
        p.join()
    print("serial:", round(time.time() - start, 1))
