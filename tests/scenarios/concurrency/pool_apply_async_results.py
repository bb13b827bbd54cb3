from multiprocessing import Pool


def cube(x):
    return x ** 3


if __name__ == '__main__':
    pool = Pool(2)
    results = [pool.apply_async(cube, (i,)) for i in range(6)]
    print([r.get() for r in results])
    print(all(r.ready() and r.successful() for r in results))
    pool.close()
    pool.join()
