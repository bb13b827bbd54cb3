from multiprocessing import Process, Value, Array


def work(v, arr, s):
    v.value += 1.5
    for i in range(len(arr)):
        arr[i] = arr[i] * 2
    s.value = b"done"


if __name__ == '__main__':
    v = Value('d', 1.0)
    arr = Array('i', [1, 2, 3, 4])
    s = Array('c', 10)
    p = Process(target=work, args=(v, arr, s))
    p.start()
    p.join()
    print(v.value, arr[:], s.value, list(arr), arr[1:3], len(arr))
    b = Value('b', False)
    u = Value('I', 0)
    print(b.value, u.value)
    u.value = -1
    print(u.value)
