import multiprocessing as mp

if __name__ == '__main__':
    v = mp.Value('i', 2 ** 31 - 1)
    v.value += 1
    print(v.value)
    b = mp.Value('b', 127)
    b.value += 1
    print(b.value)
    u = mp.Value('B', 0)
    u.value -= 1
    print(u.value)
