from multiprocessing import Pool

config = {"factor": 1}


def init(f):
    config["factor"] = f


def scale(x):
    return x * config["factor"]


if __name__ == '__main__':
    with Pool(2, initializer=init, initargs=(10,)) as p:
        print(p.map(scale, [1, 2, 3]))
    print(config)
