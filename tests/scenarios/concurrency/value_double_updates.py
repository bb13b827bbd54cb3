import multiprocessing as mp


def scale(v, factor):
    with v.get_lock():
        v.value *= factor


if __name__ == '__main__':
    v = mp.Value('d', 1.5)
    for f in (2, 3, 0.5):
        p = mp.Process(target=scale, args=(v, f))
        p.start()
        p.join()
    print(v.value)
