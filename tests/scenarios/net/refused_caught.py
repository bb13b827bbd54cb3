# Nobody listens on the port: connect is refused; connect_ex returns the errno.
import socket

s = socket.socket()
try:
    s.connect(('127.0.0.1', 50103))
except ConnectionRefusedError as e:
    print(type(e).__name__, e)
    print(e.errno, e.strerror, isinstance(e, OSError), isinstance(e, socket.error))
print(s.connect_ex(('127.0.0.1', 50103)))
s.close()
