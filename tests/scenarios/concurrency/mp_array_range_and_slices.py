from multiprocessing import Array, Process


def rev(a):
    a[:] = a[::-1]


if __name__ == '__main__':
    a = Array('i', range(5))
    p = Process(target=rev, args=(a,))
    p.start()
    p.join()
    print(a[:], a[0], a[-1], sum(a))
    try:
        a[10] = 1
    except IndexError as e:
        print("IndexError:", e)
    try:
        a[0] = "x"
    except TypeError as e:
        print("TypeError:", e)
    d = Array('d', 3)
    d[1] = 2.5
    print(d[:])
