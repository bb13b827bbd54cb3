# select.select over a listening socket, a connection and a multiprocessing Pipe,
# with its timeout and the errors CPython raises for a closed or unknown descriptor.
import select, socket, threading, time
from multiprocessing import Pipe, Process

srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 0))
srv.listen()
port = srv.getsockname()[1]

r, w, x = select.select([srv], [], [], 0.1)
print('nothing yet:', r, w, x)

def client():
    time.sleep(0.2)
    c = socket.create_connection(('127.0.0.1', port))
    c.sendall(b'ping')
    print('client got', c.recv(10))
    c.close()

t = threading.Thread(target=client)
t.start()
r, w, x = select.select([srv], [], [])
print('listener ready:', r == [srv])
conn, _ = srv.accept()
r, _, _ = select.select([conn], [], [], 5)
print('conn ready:', r == [conn], conn.recv(10))
_, w, _ = select.select([], [conn], [])
print('writable:', w == [conn])
conn.sendall(b'pong')
t.join()
r, _, _ = select.select([conn], [], [], 5)
print('eof ready:', r == [conn], conn.recv(10))
conn.close()
try:
    select.select([conn], [], [])
except ValueError as e:
    print('ValueError:', e)
try:
    select.select([99], [], [], 0)
except OSError as e:
    print(type(e).__name__, e, e.errno)
try:
    select.select([object()], [], [])
except TypeError as e:
    print('TypeError:', e)
try:
    select.select([], [], [], -1)
except ValueError as e:
    print('ValueError:', e)
print(select.error is OSError)

def worker(c):
    time.sleep(0.1)
    c.send('from the child')
    c.close()

if __name__ == '__main__':
    a, b = Pipe()
    p = Process(target=worker, args=(b,))
    p.start()
    r, _, _ = select.select([a], [], [], 0.01)
    print('pipe not yet:', r)
    r, _, _ = select.select([a, srv], [], [])
    print('pipe ready:', r == [a], a.recv())
    p.join()
    srv.close()
    start = time.monotonic()
    print(select.select([], [], [], 0.25), time.monotonic() - start >= 0.25)
