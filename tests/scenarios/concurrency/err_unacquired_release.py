import threading
import multiprocessing as mp

if __name__ == '__main__':
    for label, lock in [('Lock', threading.Lock()), ('RLock', threading.RLock())]:
        try:
            lock.release()
        except RuntimeError as e:
            print(label, '-> RuntimeError:', e)
    try:
        mp.RLock().release()
    except AssertionError as e:
        print('mp.RLock -> AssertionError:', e)
    print(threading.ThreadError is RuntimeError)
