import multiprocessing as mp


def grandchild():
    print("grandchild:", mp.current_process().name, "parent:", mp.parent_process().name)


def child():
    print("child:", mp.current_process().name)
    g = mp.Process(target=grandchild)
    g.start()
    g.join()
    print("child saw grandchild exit", g.exitcode)


if __name__ == '__main__':
    p = mp.Process(target=child)
    p.start()
    p.join()
    print("main:", p.name, p.exitcode)
