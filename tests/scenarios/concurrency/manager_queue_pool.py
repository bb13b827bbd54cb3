from multiprocessing import Pool, Manager


def produce(q, x):
    q.put(x * 10)
    return x


if __name__ == '__main__':
    m = Manager()
    q = m.Queue()
    with Pool(2) as pool:
        print(pool.starmap(produce, [(q, i) for i in range(5)]))
    got = []
    while not q.empty():
        got.append(q.get())
    print(sorted(got))
