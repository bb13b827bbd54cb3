import multiprocessing as mp

if __name__ == '__main__':
    s = mp.Semaphore(3)
    s.acquire()
    print(s.get_value(), repr(s))
    b = mp.BoundedSemaphore(2)
    b.acquire()
    print(b.get_value(), repr(b))
    b.release()
    print(repr(b))
