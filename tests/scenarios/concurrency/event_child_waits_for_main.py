import multiprocessing as mp


def child(start, done):
    start.wait()
    print("child: start event seen")
    done.set()


if __name__ == '__main__':
    start, done = mp.Event(), mp.Event()
    p = mp.Process(target=child, args=(start, done))
    p.start()
    print("main: setting start")
    start.set()
    done.wait()
    print("main: child signalled done")
    p.join()
