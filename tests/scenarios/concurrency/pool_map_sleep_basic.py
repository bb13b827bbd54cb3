import os
import time
from multiprocessing import Pool


def task(n):
    time.sleep(0.2)
    return n ** 2


if __name__ == '__main__':
    p = Pool(4)
    start = time.time()
    res = p.map(task, range(8))
    p.close()
    p.join()
    print(res)
    print("耗时约", round(time.time() - start, 1))
