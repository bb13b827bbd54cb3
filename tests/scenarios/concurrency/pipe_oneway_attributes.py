from multiprocessing import Process, Pipe


def writer(w):
    for i in range(3):
        w.send(i)
    w.close()


if __name__ == '__main__':
    r, w = Pipe(duplex=False)
    print("r:", r.readable, r.writable, "w:", w.readable, w.writable)
    a, b = Pipe()
    print("duplex:", a.readable, a.writable, b.readable, b.writable)
    p = Process(target=writer, args=(w,))
    p.start()
    print([r.recv() for _ in range(3)])
    p.join()
