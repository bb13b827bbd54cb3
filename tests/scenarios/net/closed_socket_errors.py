# Every operation on a closed socket fails with EBADF; closing twice is fine.
import socket

s = socket.socket()
print(s)
print(s.fileno(), s.getsockname())
s.close()
s.close()
print(s, s.fileno())
for name, call in [('recv', lambda: s.recv(10)), ('send', lambda: s.send(b'x')),
                   ('bind', lambda: s.bind(('', 0))), ('getsockname', s.getsockname)]:
    try:
        call()
    except OSError as e:
        print(name, type(e).__name__, e)
t = socket.socket()
print('descriptor reused:', t.fileno())
try:
    t.recv(10)
except OSError as e:
    print('recv before connect:', e)
try:
    t.send(b'x')
except OSError as e:
    print('send before connect:', type(e).__name__, e)
try:
    t.accept()
except OSError as e:
    print('accept before listen:', e)
try:
    t.recv(-1)
except ValueError as e:
    print(e)
t.close()
