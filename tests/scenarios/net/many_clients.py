# One server thread serves clients one after another; each gets its own connection.
import socket
import threading

srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 50111))
srv.listen(5)


def serve(count):
    for n in range(count):
        conn, addr = srv.accept()
        name = conn.recv(100).decode()
        conn.sendall(('hello %s, you are client %d' % (name, n + 1)).encode())
        conn.close()


t = threading.Thread(target=serve, args=(3,))
t.start()
for name in ['ann', 'bob', 'cy']:
    c = socket.socket()
    c.connect(('127.0.0.1', 50111))
    c.sendall(name.encode())
    print(c.recv(100).decode())
    print('  then', c.recv(100))
    c.close()
t.join()
srv.close()
