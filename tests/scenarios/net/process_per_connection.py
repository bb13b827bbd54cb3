# The classic forking server: an accept loop (itself a process, so that it holds no
# client sockets) hands each connection to a new process.
import socket
from multiprocessing import Process


def talk(conn):
    while True:
        msg = conn.recv(1024)
        if not msg:
            break
        conn.send(msg.upper())
    conn.close()


def serve(srv, count):
    for _ in range(count):
        conn, addr = srv.accept()
        p = Process(target=talk, args=(conn,))
        p.start()
        conn.close()  # the child has its own copy
        p.join()
    srv.close()


if __name__ == '__main__':
    srv = socket.socket()
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind(('127.0.0.1', 50112))
    srv.listen(5)
    server = Process(target=serve, args=(srv, 2))
    server.start()
    srv.close()
    for lines in (['hello', 'how are you'], ['bye']):
        c = socket.socket()
        c.connect(('127.0.0.1', 50112))
        for line in lines:
            c.send(line.encode('utf-8'))
            print(c.recv(1024).decode('utf-8'))
        c.close()
    server.join()
    print('done', server.exitcode)
