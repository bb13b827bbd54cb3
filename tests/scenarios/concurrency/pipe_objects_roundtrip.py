from multiprocessing import Process, Pipe


def echo(conn):
    while True:
        obj = conn.recv()
        if obj == 'bye':
            break
        conn.send((type(obj).__name__, obj))


if __name__ == '__main__':
    a, b = Pipe()
    p = Process(target=echo, args=(b,))
    p.start()
    for obj in [1, 2.5, 'text', b'raw', [1, 2], (3, 4), {'k': 'v'}, frozenset({7}), None, True]:
        a.send(obj)
        print(a.recv())
    a.send('bye')
    p.join()
