import time
from multiprocessing import Pool


def square(x):
    time.sleep(0.01)
    return x * x


def add(a, b=10):
    return a + b


if __name__ == '__main__':
    pool = Pool(3)
    print(pool.apply(square, (7,)))
    print(pool.apply(add, (1,), {"b": 2}))
    res = [pool.apply_async(square, (i,)) for i in range(5)]
    pool.close()
    pool.join()
    print([r.get() for r in res])
    print([r.ready() for r in res], [r.successful() for r in res])
