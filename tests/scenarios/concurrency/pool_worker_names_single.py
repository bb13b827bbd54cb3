from multiprocessing import Pool, current_process


def who(_):
    return current_process().name


if __name__ == '__main__':
    with Pool(1) as p:
        print(set(p.map(who, range(4))))
    with Pool(1) as p:
        print(set(p.map(who, range(4))))
    with Pool(2) as p:
        print(sorted(set(p.map(who, range(2), chunksize=1))) if False else len(p.map(who, range(8))))
    print(current_process().name)
