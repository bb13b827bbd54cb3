# The server is a child process that inherits the listening socket.
import socket
from multiprocessing import Process


def serve(srv):
    conn, addr = srv.accept()
    while True:
        data = conn.recv(100)
        if not data:
            break
        conn.sendall(b'echo: ' + data)
    conn.close()
    srv.close()


if __name__ == '__main__':
    srv = socket.socket()
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind(('', 50102))
    srv.listen()
    p = Process(target=serve, args=(srv,))
    p.start()
    srv.close()
    with socket.create_connection(('127.0.0.1', 50102)) as c:
        for n in range(3):
            c.sendall(str(n).encode())
            print(c.recv(100))
    p.join()
    print('server exit code', p.exitcode)
