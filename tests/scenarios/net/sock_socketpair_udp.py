# socketpair() and UDP: message boundaries, recvfrom's address, a datagram cut to the
# size asked, EMSGSIZE, a connected UDP socket, and UDP's ports apart from TCP's.
import socket, threading

a, b = socket.socketpair()
print(a)
print(a.family, a.type, a.getsockname())
b.sendall(b'hello over a pair')
print(a.recv(100))
a.close()
print(b.recv(10))
b.close()

srv = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print(srv)
srv.bind(('127.0.0.1', 9999))
print(srv)
cli = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print(cli.sendto(b'first datagram', ('127.0.0.1', 9999)))
print(cli.getsockname()[0], cli.getsockname()[1] > 1024)
cli.sendto(b'second', ('localhost', 9999))
data, addr = srv.recvfrom(5)
print(data, addr == cli.getsockname(), addr[0])
print(srv.recvfrom(100)[0])
srv.sendto(b'reply', addr)
print(cli.recvfrom(100)[0])
try:
    cli.sendto(b'x' * 70000, ('127.0.0.1', 9999))
except OSError as e:
    print(type(e).__name__, e)
c2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
try:
    c2.send(b'x')
except OSError as e:
    print(type(e).__name__, e)
c2.connect(('127.0.0.1', 9999))
print(c2.send(b'connected'))
print(srv.recv(100))
tcp = socket.socket()
tcp.bind(('127.0.0.1', 9999))
print('tcp and udp share 9999')
srv.settimeout(0.5)
try:
    srv.recvfrom(10)
except socket.timeout as e:
    print('timeout', e)
for s in (srv, cli, c2, tcp):
    s.close()
