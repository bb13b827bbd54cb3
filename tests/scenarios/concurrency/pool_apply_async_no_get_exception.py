from multiprocessing import Pool


def boom(x):
    raise ValueError(x)


if __name__ == '__main__':
    p = Pool(2)
    for i in range(3):
        p.apply_async(boom, (i,))
    p.close()
    p.join()
    print("errors silently ignored")
