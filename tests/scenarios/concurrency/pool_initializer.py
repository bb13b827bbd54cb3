from multiprocessing import Pool

prefix = 'unset'


def init(p):
    global prefix
    prefix = p


def tag(x):
    return f"{prefix}-{x}"


if __name__ == '__main__':
    with Pool(2, initializer=init, initargs=('job',)) as pool:
        print(pool.map(tag, range(4)))
    print("main prefix still", prefix)
