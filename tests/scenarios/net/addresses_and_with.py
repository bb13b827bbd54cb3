# Names of both ends, 'localhost' and '' mean this machine, and `with` closes.
import socket
import threading

with socket.socket() as srv:
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind(('', 50113))
    srv.listen()
    print(srv.getsockname())
    ready = threading.Event()
    result = []

    def serve():
        conn, addr = srv.accept()
        with conn:
            result.append((conn.getsockname(), addr[0], conn.getpeername() == addr))
            conn.sendall(b'ok')

    t = threading.Thread(target=serve)
    t.start()
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as c:
        c.connect(('localhost', 50113))
        print(c.getpeername())
        print(c.recv(10))
        print(c.family, c.type, c.proto)
    t.join()
    print(result)
print(srv)
print(c)
