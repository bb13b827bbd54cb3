from multiprocessing import Process, Pipe


def ping(conn):
    for i in range(3):
        conn.send(f"ping {i}")
        print(conn.recv())
    conn.send(None)


def pong(conn):
    while True:
        msg = conn.recv()
        if msg is None:
            break
        conn.send(msg.replace("ping", "pong"))


if __name__ == '__main__':
    a, b = Pipe()
    p1 = Process(target=ping, args=(a,))
    p2 = Process(target=pong, args=(b,))
    p1.start()
    p2.start()
    p1.join()
    p2.join()
    print(p1.exitcode, p2.exitcode)
