from multiprocessing import Pool


def f(x):
    return x


if __name__ == '__main__':
    try:
        Pool(0)
    except ValueError as e:
        print("ValueError:", e)
    p = Pool(2)
    p.close()
    try:
        p.map(f, [1])
    except ValueError as e:
        print("ValueError:", e)
    try:
        p.apply_async(f, (1,))
    except ValueError as e:
        print("ValueError:", e)
    p.join()
    q = Pool(1)
    try:
        q.join()
    except ValueError as e:
        print("ValueError:", e)
    q.terminate()
    q.join()
    print("done")
