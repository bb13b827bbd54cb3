from multiprocessing import Process, Value, RawValue, RawArray, Lock


def inc(v, lock, n):
    for _ in range(n):
        with lock:
            v.value += 1


if __name__ == '__main__':
    lock = Lock()
    v = RawValue('i', 0)
    ps = [Process(target=inc, args=(v, lock, 100)) for _ in range(3)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(v.value)
    ra = RawArray('d', 3)
    print(list(ra))
    try:
        v.get_lock()
    except AttributeError as e:
        print("AttributeError:", e)
    sv = Value('i', 5)
    print(type(sv.get_lock()).__name__, sv.get_lock().acquire(False))
    sv.get_lock().release()
