# A listening port cannot be bound again, even with SO_REUSEADDR; a socket binds once.
import socket

a = socket.socket()
a.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
a.bind(('127.0.0.1', 50105))
a.listen(5)
b = socket.socket()
b.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
try:
    b.bind(('0.0.0.0', 50105))
except OSError as e:
    print('second bind:', e, e.errno)
try:
    a.bind(('127.0.0.1', 50106))
except OSError as e:
    print('bind twice:', e)
a.close()
b.bind(('0.0.0.0', 50105))
print('after close, bind works:', b.getsockname())
b.close()
