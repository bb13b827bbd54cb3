from multiprocessing import Pool

got = []
errors = []


def half(x):
    if x % 2:
        raise ValueError(f"odd {x}")
    return x // 2


if __name__ == '__main__':
    with Pool(2) as pool:
        rs = [pool.apply_async(half, (i,), callback=got.append, error_callback=errors.append) for i in range(6)]
        for r in rs:
            r.wait()
        m = pool.map_async(half, [2, 4, 8], callback=got.append)
        m.wait()
    print(sorted(x for x in got if isinstance(x, int)))
    print([x for x in got if isinstance(x, list)])
    print(sorted(str(e) for e in errors))
