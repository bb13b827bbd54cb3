from multiprocessing import Process


def work(i):
    print(f"child {i} computes {i * i}")


if __name__ == '__main__':
    for i in range(4):
        p = Process(target=work, args=(i,))
        p.start()
        p.join()
        print(f"joined child {i}: exitcode {p.exitcode}")
