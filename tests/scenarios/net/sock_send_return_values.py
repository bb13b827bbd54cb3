import socket
import threading

srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 50311))
srv.listen()
got = []


def serve():
    conn, _ = srv.accept()
    while data := conn.recv(3):
        got.append(data)
    conn.close()


t = threading.Thread(target=serve)
t.start()
c = socket.socket()
c.connect(("127.0.0.1", 50311))
print(c.send(b"abcdefg"), c.sendall(b"hi"))
c.close()
t.join()
print(b"".join(got), all(len(x) <= 3 for x in got))
srv.close()
