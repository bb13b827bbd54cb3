import atexit
import multiprocessing as mp


def bye(who):
    print("atexit:", who)


def child():
    atexit.register(bye, 'registered in child')
    print("child body")


if __name__ == '__main__':
    atexit.register(bye, 'registered in parent')
    p = mp.Process(target=child)
    p.start()
    p.join()
    print("main body ends")
