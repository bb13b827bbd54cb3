import atexit
from multiprocessing import Process


def bye(who):
    print("bye from", who)


def child():
    atexit.register(bye, "child")
    print("child running")


if __name__ == '__main__':
    atexit.register(bye, "main")
    p = Process(target=child)
    p.start()
    p.join()
    print("main done")
