# The server closes with unread bytes: the client gets a reset, then EOF.
import socket
import threading

srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 50109))
srv.listen()
sent = threading.Event()


def serve():
    conn, _ = srv.accept()
    sent.wait()
    conn.close()


t = threading.Thread(target=serve)
t.start()
c = socket.socket()
c.connect(('127.0.0.1', 50109))
c.sendall(b'nobody reads this')
sent.set()
t.join()
try:
    c.recv(10)
except ConnectionResetError as e:
    print(type(e).__name__, e)
print('then', c.recv(10))
try:
    c.send(b'x')
except OSError as e:
    print(type(e).__name__, e)
c.close()
srv.close()
