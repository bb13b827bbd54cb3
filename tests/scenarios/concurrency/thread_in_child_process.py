import threading
import multiprocessing as mp


def child():
    names = []
    t = threading.Thread(target=lambda: names.append(threading.current_thread().name))
    t.start()
    t.join()
    print("child main thread:", threading.current_thread().name)
    print("child thread:", names)
    print("child active_count:", threading.active_count())


if __name__ == '__main__':
    t = threading.Thread(target=print, args=("parent thread",))
    t.start()
    t.join()
    p = mp.Process(target=child)
    p.start()
    p.join()
