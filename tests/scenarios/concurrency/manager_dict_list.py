from multiprocessing import Process, Manager


def worker(d, l, i):
    d[i] = i * i
    l.append(i)


if __name__ == '__main__':
    with Manager() as m:
        d = m.dict()
        l = m.list()
        ps = [Process(target=worker, args=(d, l, i)) for i in range(4)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print(sorted(d.items()))
        print(sorted(l))
        print(len(d), len(l))
