import socket

srv = socket.socket()
srv.bind(("127.0.0.1", 50241))
srv.listen(1)
srv.settimeout(0.2)
print(srv.gettimeout())
try:
    srv.accept()
except socket.timeout as e:
    print(type(e).__name__, e, socket.timeout is TimeoutError)
c = socket.socket()
c.connect(("127.0.0.1", 50241))
conn, _ = srv.accept()
conn.settimeout(0.1)
try:
    conn.recv(10)
except TimeoutError as e:
    print("recv:", e)
c.setblocking(False)
try:
    c.recv(10)
except BlockingIOError as e:
    print("BlockingIOError", e.errno)
print(c.gettimeout())
for s in (c, conn, srv):
    s.close()
