# An echo server in a thread; the client talks to it, then closes, and the server sees EOF.
import socket
import threading

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 50101))
srv.listen(1)
print(srv)


def serve():
    conn, addr = srv.accept()
    print('server: connection from', addr[0])
    with conn:
        while True:
            data = conn.recv(1024)
            if not data:
                break
            conn.sendall(data.upper())
    print('server: client closed')


t = threading.Thread(target=serve)
t.start()
client = socket.socket()
client.connect(('localhost', 50101))
for word in ['hello', 'world', '你好']:
    client.sendall(word.encode('utf-8'))
    print('client got', client.recv(1024).decode('utf-8'))
client.close()
t.join()
srv.close()
print(srv)
