from multiprocessing import Pool


def cube(x):
    return x ** 3


if __name__ == '__main__':
    with Pool(processes=2) as pool:
        r = pool.map_async(cube, range(10), chunksize=3)
        print(r.get(timeout=5))
        print(pool.map(cube, [], chunksize=1))
        print(pool.starmap(pow, [(2, 3), (3, 2), (10, 0)]))
        print(list(pool.imap(cube, range(4), chunksize=2)))
        print(sorted(pool.imap_unordered(cube, range(6))))
        print(pool.starmap_async(divmod, [(7, 2), (9, 4)]).get())
