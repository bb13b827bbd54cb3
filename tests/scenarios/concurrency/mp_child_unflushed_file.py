from multiprocessing import Process


def write():
    f = open("out.txt", "w")
    f.write("data from child")


if __name__ == '__main__':
    p = Process(target=write)
    p.start()
    p.join()
    with open("out.txt") as f:
        print(repr(f.read()))
