from multiprocessing import Process, Pipe


def child(conn):
    msg = conn.recv()
    print("child got", msg)
    conn.send(msg.upper())
    conn.close()


if __name__ == '__main__':
    parent_end, child_end = Pipe()
    p = Process(target=child, args=(child_end,))
    p.start()
    parent_end.send("ping")
    print("parent got", parent_end.recv())
    p.join()
