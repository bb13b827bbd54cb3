import multiprocessing as mp


def child(ready, go):
    print("child ready")
    ready.release()
    go.acquire()
    print("child continues")


if __name__ == '__main__':
    ready, go = mp.Semaphore(0), mp.Semaphore(0)
    p = mp.Process(target=child, args=(ready, go))
    p.start()
    ready.acquire()
    print("main saw child ready")
    go.release()
    p.join()
    print("main done")
