# settimeout: accept and recv give up with socket.timeout; non-blocking ones fail at once.
import socket

srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 50110))
srv.listen()
print(srv.gettimeout())
srv.settimeout(0.05)
print(srv.gettimeout())
try:
    srv.accept()
except socket.timeout as e:
    print('accept:', type(e).__name__, e, e is not None and isinstance(e, OSError))
c = socket.socket()
c.connect(('127.0.0.1', 50110))
c.settimeout(0.02)
try:
    c.recv(10)
except TimeoutError as e:
    print('recv:', repr(e))
c.setblocking(False)
print(c.gettimeout(), c.getblocking())
try:
    c.recv(10)
except BlockingIOError as e:
    print('non-blocking:', e, e.errno)
try:
    c.settimeout(-1)
except ValueError as e:
    print(e)
conn, addr = srv.accept()
print('accepted from', addr[0])
conn.close()
c.close()
srv.close()
