from multiprocessing import Process


def show(x):
    print("got", x)


if __name__ == '__main__':
    p = Process(target=show, args=(5))
    p.start()
    p.join()
    print("exitcode", p.exitcode)
    p = Process(target=show, args=("ab"))
    p.start()
    p.join()
    print("exitcode", p.exitcode)
