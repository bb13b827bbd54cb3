from multiprocessing import Pool


def invert(x):
    return 1 / x


if __name__ == '__main__':
    with Pool(2) as pool:
        try:
            pool.map(invert, [1, 2, 0, 4])
        except ZeroDivisionError as e:
            print("caught", type(e).__name__, e)
            print("cause:", type(e.__cause__).__name__)
        r = pool.apply_async(invert, (0,))
        r.wait()
        print("ready", r.ready(), "successful", r.successful())
        try:
            r.get()
        except ZeroDivisionError as e:
            print("get raised", e)
