from multiprocessing import Process, Pipe


def writer(w):
    for word in ['one', 'two', 'three']:
        w.send(word)
    w.close()


if __name__ == '__main__':
    r, w = Pipe(duplex=False)
    p = Process(target=writer, args=(w,))
    p.start()
    w.close()
    while True:
        try:
            print("read", r.recv())
        except EOFError:
            print("EOFError: every write end is closed")
            break
    p.join()
