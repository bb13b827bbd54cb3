from multiprocessing import Process


def f():
    print("quick child")


if __name__ == '__main__':
    p = Process(target=f)
    p.start()
    p.join()
    p.terminate()
    p.kill()
    print("terminate after exit keeps exitcode", p.exitcode)
