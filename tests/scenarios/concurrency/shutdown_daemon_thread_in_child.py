import threading
import multiprocessing as mp


def child():
    threading.Thread(target=threading.Event().wait, daemon=True).start()
    print("child leaves a daemon thread blocked")


if __name__ == '__main__':
    p = mp.Process(target=child)
    p.start()
    p.join()
    print("child exitcode:", p.exitcode)
