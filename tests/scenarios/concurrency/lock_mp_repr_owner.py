import multiprocessing as mp


def child(lock, ev_held, ev_done):
    lock.acquire()
    print("child sees:", repr(lock))
    ev_held.set()
    ev_done.wait()
    lock.release()


if __name__ == '__main__':
    lock = mp.Lock()
    print(repr(lock))
    with lock:
        print(repr(lock))
    held, done = mp.Event(), mp.Event()
    p = mp.Process(target=child, args=(lock, held, done))
    p.start()
    held.wait()
    print("main sees:", repr(lock))
    done.set()
    p.join()
    print(repr(lock))
