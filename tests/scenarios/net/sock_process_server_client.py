import socket
import time
from multiprocessing import Process

ADDR = ("127.0.0.1", 50271)


def server():
    s = socket.socket()
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind(ADDR)
    s.listen(1)
    conn, _ = s.accept()
    total = 0
    while True:
        data = conn.recv(4)
        if not data:
            break
        total += int(data.decode())
    conn.sendall(str(total).encode())
    conn.close()
    s.close()


if __name__ == '__main__':
    p = Process(target=server)
    p.start()
    time.sleep(0.3)
    c = socket.socket()
    c.connect(ADDR)
    for n in ["0001", "0020", "0300"]:
        c.sendall(n.encode())
    c.shutdown(socket.SHUT_WR)
    print("sum =", c.recv(100).decode())
    c.close()
    p.join()
    print(p.exitcode)
