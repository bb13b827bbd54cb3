import multiprocessing as mp


def who(_):
    p = mp.current_process()
    return p.name, p.daemon


if __name__ == '__main__':
    with mp.Pool(1) as pool:
        print(pool.map(who, range(2)))
    p = mp.Process(target=print)
    print("next process name:", p.name)
