import time
from multiprocessing import Pool


def work(n):
    time.sleep(0.5)
    return n


if __name__ == '__main__':
    start = time.time()
    with Pool(2) as pool:
        out = pool.map(work, range(4), chunksize=1)
    print(out)
    print("elapsed about", round(time.time() - start, 0))
    start = time.perf_counter()
    with Pool(4) as pool:
        out = pool.map(work, range(4), chunksize=1)
    print("elapsed about", round(time.perf_counter() - start))
