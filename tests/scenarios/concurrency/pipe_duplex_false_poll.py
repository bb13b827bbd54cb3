from multiprocessing import Pipe, Process


def writer(conn):
    for i in range(3):
        conn.send({"i": i, "sq": i * i})
    conn.close()


if __name__ == '__main__':
    r, w = Pipe(duplex=False)
    print("poll before:", r.poll())
    p = Process(target=writer, args=(w,))
    p.start()
    w.close()
    while True:
        try:
            print(r.recv())
        except EOFError:
            print("EOF")
            break
    p.join()
    print("readable", r.readable, "writable", r.writable)
