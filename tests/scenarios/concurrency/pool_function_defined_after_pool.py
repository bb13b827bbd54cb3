from multiprocessing import Pool

if __name__ == '__main__':
    pool = Pool(1)

    def late(x):
        return x

    try:
        print(pool.apply_async(len, ([1, 2],)).get(timeout=2))
    finally:
        pool.terminate()
