from multiprocessing import Pool


def parse(s):
    return int(s)


if __name__ == '__main__':
    with Pool(2) as pool:
        print(pool.map(parse, ["1", "2", "3"]))
        print(pool.map(parse, ["4", "x5", "6"]))
