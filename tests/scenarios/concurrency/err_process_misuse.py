import multiprocessing as mp


def f():
    pass


def attempt(label, fn):
    try:
        fn()
        print(label, '-> ok')
    except Exception as e:
        print(label, '->', type(e).__name__, e)


if __name__ == '__main__':
    p = mp.Process(target=f)
    attempt('join before start', p.join)
    attempt('is_alive before start', lambda: print(p.is_alive()))
    p.start()
    attempt('start twice', p.start)

    def set_daemon():
        p.daemon = True
    attempt('daemon after start', set_daemon)
    p.join()
    attempt('start after join', p.start)
    attempt('name = 5', lambda: setattr(p, 'name', 5))
