import atexit
import multiprocessing as mp


def child(ev):
    ev.wait()
    print("child released by the atexit handler")


if __name__ == '__main__':
    ev = mp.Event()

    def handler():
        print("atexit handler runs before children are joined")
        ev.set()

    p = mp.Process(target=child, args=(ev,))
    p.start()
    atexit.register(handler)
    print("main body ends")
