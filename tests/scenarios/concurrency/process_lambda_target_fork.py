from multiprocessing import Process

if __name__ == '__main__':
    msg = "闭包变量"
    p = Process(target=lambda: print("lambda child:", msg))
    p.start()
    p.join()

    def local_fn(x):
        print("local fn", x)

    q = Process(target=local_fn, args=(gen for gen in [1]) if False else (5,))
    q.start()
    q.join()
    print(p.exitcode, q.exitcode)
