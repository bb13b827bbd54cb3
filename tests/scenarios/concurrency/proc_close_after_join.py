import multiprocessing as mp


def f():
    print("child ran")


if __name__ == '__main__':
    p = mp.Process(target=f)
    p.start()
    p.join()
    p.close()
    for attr in ('exitcode', 'pid'):
        try:
            getattr(p, attr)
        except ValueError as e:
            print(attr, '->', type(e).__name__, e)
    try:
        p.is_alive()
    except ValueError as e:
        print('is_alive ->', e)
    p.close()
    print("closing twice is fine")
