import multiprocessing as mp


def grandchild():
    print("grandchild never runs")


def daemon_child(q):
    try:
        mp.Process(target=grandchild).start()
        q.put('started')
    except AssertionError as e:
        q.put(f'AssertionError: {e}')


if __name__ == '__main__':
    q = mp.Queue()
    p = mp.Process(target=daemon_child, args=(q,), daemon=True)
    p.start()
    print(q.get())
    p.join()
