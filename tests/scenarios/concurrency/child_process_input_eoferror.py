from multiprocessing import Process


def ask():
    name = input("your name: ")
    print("hello", name)


if __name__ == '__main__':
    p = Process(target=ask)
    p.start()
    p.join()
    print("exitcode", p.exitcode)
