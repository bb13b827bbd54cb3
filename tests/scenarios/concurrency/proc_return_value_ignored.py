from multiprocessing import Process


def compute():
    print("computing")
    return 42


if __name__ == '__main__':
    p = Process(target=compute)
    p.start()
    p.join()
    print("exitcode is", p.exitcode, "(a return value is not an exit code)")
