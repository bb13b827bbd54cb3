import multiprocessing as mp

if __name__ == '__main__':
    for code, init in [('i', 3.5), ('d', 'x'), ('zz', 1)]:
        try:
            mp.Value(code, init)
        except (TypeError, KeyError) as e:
            print(code, repr(init), '->', type(e).__name__, e)
