from multiprocessing import Process, Pipe


def child(conn):
    data = conn.recv_bytes()
    conn.send_bytes(data[::-1])


if __name__ == '__main__':
    a, b = Pipe()
    p = Process(target=child, args=(b,))
    p.start()
    a.send_bytes(b'hello')
    print(a.recv_bytes())
    p.join()
