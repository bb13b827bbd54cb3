import socket
import threading

HOST, PORT = "127.0.0.1", 50231
server = socket.socket()
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind((HOST, PORT))
server.listen(5)
log = []
lock = threading.Lock()


def handle(conn, n):
    while True:
        msg = conn.recv(1024)
        if not msg:
            break
        with lock:
            log.append(msg.decode())
        conn.send(f"服务器收到第{n}号客户端: {msg.decode()}".encode())
    conn.close()


def accept_loop():
    for n in range(2):
        conn, _ = server.accept()
        threading.Thread(target=handle, args=(conn, n)).start()


acc = threading.Thread(target=accept_loop)
acc.start()
clients = []
for i in range(2):
    c = socket.socket()
    c.connect((HOST, PORT))
    clients.append(c)
for i, c in enumerate(clients):
    c.send(f"hello{i}".encode())
    print(c.recv(1024).decode())
for c in clients:
    c.close()
acc.join()
for t in threading.enumerate():
    if t is not threading.main_thread():
        t.join()
print(sorted(log))
server.close()
