import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor


def who():
    p = mp.current_process()
    return p.name, p.daemon


if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=1) as ex:
        print(ex.submit(who).result())
