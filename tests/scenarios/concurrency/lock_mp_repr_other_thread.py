import threading
import multiprocessing as mp

if __name__ == '__main__':
    lock = mp.Lock()
    holding, release = threading.Event(), threading.Event()

    def hold():
        lock.acquire()
        print("in thread:", repr(lock))
        holding.set()
        release.wait()
        lock.release()

    t = threading.Thread(target=hold, name='holder')
    t.start()
    holding.wait()
    print("in main:", repr(lock))
    release.set()
    t.join()
    print("after:", repr(lock))
