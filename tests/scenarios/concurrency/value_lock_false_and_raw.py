import multiprocessing as mp

if __name__ == '__main__':
    v = mp.Value('i', 3, lock=False)
    print(repr(v), v.value, hasattr(v, 'get_lock'))
    r = mp.RawValue('i', 4)
    print(repr(r), r.value, hasattr(r, 'get_lock'))
    a = mp.RawArray('i', [1, 2, 3])
    print(a[:], hasattr(a, 'get_lock'))
    s = mp.Value('i', 5)
    print(repr(s), hasattr(s, 'get_lock'))
