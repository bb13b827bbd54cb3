import socket
import threading

srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 50301))
srv.listen(5)


def server():
    conn, addr = srv.accept()
    while True:
        data = conn.recv(1024)
        if not data:
            break
        conn.send(("服务端回复: " + data.decode("utf-8")).encode("utf-8"))
    conn.close()


t = threading.Thread(target=server)
t.start()
client = socket.socket()
client.connect(("127.0.0.1", 50301))
while True:
    msg = input(">>: ").strip()
    if not msg:
        continue
    if msg == "q":
        break
    client.send(msg.encode("utf-8"))
    print(client.recv(1024).decode("utf-8"))
client.close()
t.join()
srv.close()
