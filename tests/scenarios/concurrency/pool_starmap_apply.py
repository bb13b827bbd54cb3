from multiprocessing import Pool


def power(base, exp):
    return base ** exp


if __name__ == '__main__':
    with Pool(2) as pool:
        print(pool.starmap(power, [(2, 3), (3, 2), (10, 0)]))
        print(pool.apply(power, (2, 10)))
        print(pool.apply(power, (), {'base': 5, 'exp': 2}))
