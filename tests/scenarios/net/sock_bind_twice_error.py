import socket

a = socket.socket()
a.bind(("127.0.0.1", 50321))
a.listen()
b = socket.socket()
try:
    b.bind(("127.0.0.1", 50321))
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
b.close()
a.close()
try:
    a.accept()
except OSError as e:
    print(type(e).__name__, e)
