from multiprocessing import Process


def parse(text):
    return int(text)


def child():
    print("child starts")
    parse("forty-two")


if __name__ == '__main__':
    p = Process(target=child)
    p.start()
    p.join()
    print("exitcode:", p.exitcode)
