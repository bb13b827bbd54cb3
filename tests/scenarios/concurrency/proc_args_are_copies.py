from multiprocessing import Process


def mutate(d, l):
    d['x'] = 100
    l.append('child')
    print("child:", d, l)


if __name__ == '__main__':
    d = {'x': 1}
    l = ['parent']
    p = Process(target=mutate, args=(d, l))
    p.start()
    p.join()
    print("parent:", d, l)
