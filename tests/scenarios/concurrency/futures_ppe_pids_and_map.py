import os
from concurrent.futures import ProcessPoolExecutor


def info(x):
    return x * x, os.getpid() != MAIN


MAIN = os.getpid()

if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=2) as ex:
        res = list(ex.map(info, range(6), chunksize=2))
    print([r[0] for r in res])
    print(all(r[1] for r in res))
