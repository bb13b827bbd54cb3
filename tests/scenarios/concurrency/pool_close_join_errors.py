from multiprocessing import Pool


def ident(x):
    return x


if __name__ == '__main__':
    pool = Pool(2)
    try:
        pool.join()
    except ValueError as e:
        print("join while running:", e)
    pool.close()
    try:
        pool.apply(ident, (1,))
    except ValueError as e:
        print("apply after close:", e)
    pool.join()
    print("joined")
    try:
        Pool(0)
    except ValueError as e:
        print("Pool(0):", e)
