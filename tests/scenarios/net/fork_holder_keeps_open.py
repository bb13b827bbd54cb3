# A connection stays open while any process holds it: the child's copy keeps it open
# after the parent closes its own, and the client reads EOF only when the child is done.
import socket
import time
from multiprocessing import Process


def finish(conn):
    time.sleep(0.1)
    conn.sendall(b'bye from the child')
    conn.close()


if __name__ == '__main__':
    srv = socket.socket()
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind(('127.0.0.1', 50116))
    srv.listen()
    c = socket.socket()
    c.connect(('127.0.0.1', 50116))
    conn, _ = srv.accept()
    p = Process(target=finish, args=(conn,))
    p.start()
    conn.close()
    print('parent closed its copy')
    print(c.recv(100))
    print(c.recv(100))
    p.join()
    c.close()
    srv.close()
