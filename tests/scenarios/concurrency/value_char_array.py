import multiprocessing as mp


def shout(arr):
    arr.value = arr.value.upper()


if __name__ == '__main__':
    arr = mp.Array('c', b'hello')
    print(len(arr), arr.value, arr[0])
    p = mp.Process(target=shout, args=(arr,))
    p.start()
    p.join()
    print(arr.value, arr.raw)
