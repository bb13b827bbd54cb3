import multiprocessing as mp

if __name__ == '__main__':
    for code, init in [('i', 5), ('d', 2.5), ('l', -3), ('b', 7), ('f', 0.5)]:
        v = mp.Value(code, init)
        print(repr(v), v.value)
    print(repr(mp.Value('i')))
    print(repr(mp.Value('d')))
