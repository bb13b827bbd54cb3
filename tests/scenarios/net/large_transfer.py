# sendall of 200 kB arrives whole, whatever sizes recv hands it back in.
import socket
import threading

srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 50115))
srv.listen()
payload = bytes(range(256)) * 800
received = []


def serve():
    conn, _ = srv.accept()
    while True:
        chunk = conn.recv(4096)
        if not chunk:
            break
        assert len(chunk) <= 4096
        received.append(chunk)
    conn.close()


t = threading.Thread(target=serve)
t.start()
c = socket.socket()
c.connect(('127.0.0.1', 50115))
print(c.sendall(payload))
c.close()
t.join()
data = b''.join(received)
print(len(data), data == payload)
srv.close()
