import multiprocessing as mp


def name(_):
    return mp.current_process().name


if __name__ == '__main__':
    with mp.Pool(1) as pool:
        print(pool.apply(name, (0,)))
    p = mp.Process(target=print)
    print(p.name)
