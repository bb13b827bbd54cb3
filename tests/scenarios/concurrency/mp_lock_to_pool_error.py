from multiprocessing import Pool, Lock


def work(lock, x):
    with lock:
        return x


if __name__ == '__main__':
    lock = Lock()
    with Pool(2) as p:
        try:
            p.starmap(work, [(lock, 1)])
        except RuntimeError as e:
            print("RuntimeError:", e)
