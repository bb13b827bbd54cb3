from multiprocessing import Pool, Lock, Value

lock = None
counter = None


def init(l, c):
    global lock, counter
    lock = l
    counter = c


def add(_):
    with lock:
        counter.value += 1


if __name__ == '__main__':
    l = Lock()
    c = Value('i', 0, lock=False)
    with Pool(3, initializer=init, initargs=(l, c)) as p:
        p.map(add, range(30))
    print(c.value)
