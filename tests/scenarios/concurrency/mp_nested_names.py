from multiprocessing import Process, current_process


def grandchild():
    print("grandchild:", current_process().name)


def child():
    print("child:", current_process().name)
    kids = [Process(target=grandchild) for _ in range(2)]
    for k in kids:
        k.start()
        k.join()
    print("child saw:", [k.name for k in kids])


if __name__ == '__main__':
    p = Process(target=child)
    p.start()
    p.join()
    q = Process(target=child)
    q.start()
    q.join()
    print("main:", current_process().name, p.name, q.name)
