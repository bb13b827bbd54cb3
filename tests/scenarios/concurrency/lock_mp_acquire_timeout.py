import multiprocessing as mp


def hold(lock, held, done):
    with lock:
        held.set()
        done.wait()


if __name__ == '__main__':
    lock = mp.Lock()
    held, done = mp.Event(), mp.Event()
    p = mp.Process(target=hold, args=(lock, held, done))
    p.start()
    held.wait()
    print("non-blocking:", lock.acquire(False))
    print("timeout 0.05:", lock.acquire(timeout=0.05))
    done.set()
    p.join()
    print("after child:", lock.acquire(timeout=1))
    lock.release()
