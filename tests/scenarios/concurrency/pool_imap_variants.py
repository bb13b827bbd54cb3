from multiprocessing import Pool


def double(x):
    return 2 * x


if __name__ == '__main__':
    with Pool(3) as pool:
        print(list(pool.imap(double, range(8))))
        print(sorted(pool.imap_unordered(double, range(8))))
        it = pool.imap(double, [5, 6])
        print(next(it), next(it))
        try:
            next(it)
        except StopIteration:
            print("StopIteration")
