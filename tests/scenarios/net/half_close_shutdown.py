# The client shuts down its sending side: the server reads to EOF, then still answers.
import socket
import threading

srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 50107))
srv.listen()


def serve():
    conn, _ = srv.accept()
    chunks = []
    while True:
        data = conn.recv(3)
        if not data:
            break
        chunks.append(data)
    print('server read', b''.join(chunks))
    conn.sendall(str(sum(len(c) for c in chunks)).encode() + b' bytes')
    conn.close()


t = threading.Thread(target=serve)
t.start()
c = socket.socket()
c.connect(('127.0.0.1', 50107))
c.sendall(b'abcdefgh')
c.shutdown(socket.SHUT_WR)
print('client got', c.recv(100))
print('then', c.recv(100))
c.close()
t.join()
srv.close()
