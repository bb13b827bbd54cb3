import threading
import multiprocessing as mp

if __name__ == '__main__':
    r = mp.RLock()
    print(repr(r))
    r.acquire()
    r.acquire()
    print(repr(r))
    r.release()
    r.release()
    print(repr(r))

    def in_thread():
        with r:
            print(repr(r))

    t = threading.Thread(target=in_thread, name='T')
    t.start()
    t.join()
