# The server hangs up: the client reads b'', its first send still goes, the next breaks.
import socket
import threading

srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 50108))
srv.listen()


def serve():
    conn, _ = srv.accept()
    conn.close()


t = threading.Thread(target=serve)
t.start()
c = socket.socket()
c.connect(('127.0.0.1', 50108))
t.join()
print('recv:', c.recv(10))
print('send:', c.send(b'hello'))
try:
    c.send(b'again')
except BrokenPipeError as e:
    print(type(e).__name__, e, e.errno)
c.close()
srv.close()
