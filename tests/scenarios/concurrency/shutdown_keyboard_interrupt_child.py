from multiprocessing import Process


def child():
    raise KeyboardInterrupt


if __name__ == '__main__':
    p = Process(target=child)
    p.start()
    p.join()
    print("exitcode:", p.exitcode)
