import time
from multiprocessing import Process


def slow():
    time.sleep(1)


if __name__ == '__main__':
    p = Process(target=slow)
    print("before start:", p.is_alive(), p.exitcode)
    p.start()
    p.join(0.1)
    print("after join(0.1):", p.is_alive(), p.exitcode)
    p.join()
    print("after join():", p.is_alive(), p.exitcode)
    p.join(0.1)
    print("join again ok")
