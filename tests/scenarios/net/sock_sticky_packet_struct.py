import socket
import struct
import threading

srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 50291))
srv.listen(1)


def recv_exact(conn, n):
    data = b""
    while len(data) < n:
        chunk = conn.recv(n - len(data))
        if not chunk:
            break
        data += chunk
    return data


def serve():
    conn, _ = srv.accept()
    for _ in range(3):
        size = struct.unpack("i", recv_exact(conn, 4))[0]
        print("server got:", recv_exact(conn, size).decode("utf-8"))
    conn.close()


t = threading.Thread(target=serve)
t.start()
c = socket.create_connection(("127.0.0.1", 50291))
for msg in ["hello", "粘包", "x" * 10]:
    data = msg.encode("utf-8")
    c.send(struct.pack("i", len(data)) + data)
t.join()
c.close()
srv.close()
