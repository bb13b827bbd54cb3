import multiprocessing as mp


def who():
    print("child:", mp.current_process().name)


if __name__ == '__main__':
    ctx = mp.get_context('fork')
    p = ctx.Process(target=who)
    print(type(p).__name__, p.name)
    p.start()
    p.join()
    q = mp.Process(target=who)
    print(type(q).__name__, q.name)
