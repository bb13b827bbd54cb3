from multiprocessing import Process


def f():
    print("child ok")


if __name__ == '__main__':
    p = Process(target=f)
    p.start()
    p.join()
    raise RuntimeError("main fails after child " + str(p.exitcode))
