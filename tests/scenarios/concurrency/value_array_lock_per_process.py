import multiprocessing as mp


def bump(arr, idx):
    with arr.get_lock():
        for i in range(len(arr)):
            arr[i] += idx


if __name__ == '__main__':
    arr = mp.Array('i', [0, 10, 20])
    procs = [mp.Process(target=bump, args=(arr, i)) for i in range(1, 4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print(list(arr))
