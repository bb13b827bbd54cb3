from multiprocessing import Process, Pipe


def child(conn):
    conn.send({'answer': 42})


if __name__ == '__main__':
    a, b = Pipe()
    print("poll before:", a.poll())
    print("poll(0.05) before:", a.poll(0.05))
    p = Process(target=child, args=(b,))
    p.start()
    print("poll(None) waits:", a.poll(None))
    p.join()
    print("poll after:", a.poll())
    print(a.recv())
    print("poll when drained:", a.poll())
