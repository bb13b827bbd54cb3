import multiprocessing as mp
import os

counter = 0


def child():
    print("child counter", counter, __name__)


if __name__ == '__main__':
    mp.set_start_method('spawn')
    counter = 99
    p = mp.Process(target=child)
    p.start()
    p.join()
    print("parent counter", counter)
