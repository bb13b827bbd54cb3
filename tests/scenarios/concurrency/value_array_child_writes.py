import multiprocessing as mp


def fill(arr):
    for i in range(len(arr)):
        arr[i] = i * i


if __name__ == '__main__':
    arr = mp.Array('i', 6)
    print(arr[:])
    p = mp.Process(target=fill, args=(arr,))
    p.start()
    p.join()
    print(arr[:], len(arr), sum(arr))
    print(arr[1:4], arr[-1])
    arr[0:2] = [7, 8]
    print(list(arr))
