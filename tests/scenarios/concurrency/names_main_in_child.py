import threading
import multiprocessing as mp


def child():
    print(mp.current_process().name, threading.current_thread().name,
          threading.main_thread().name, mp.parent_process().name)


if __name__ == '__main__':
    print(mp.current_process().name, threading.current_thread().name)
    p = mp.Process(target=child, name='Helper')
    p.start()
    p.join()
