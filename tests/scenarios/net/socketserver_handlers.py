# socketserver's docs examples, one request each with handle_request(): a
# StreamRequestHandler reading a line from rfile and writing to wfile, a UDPServer
# with a DatagramRequestHandler, a ForkingTCPServer, a handler that raises
# (handle_error's report on stderr) and handle_request's timeout.
import os
import sys
import socket
import socketserver
import threading


class MyTCPHandler(socketserver.StreamRequestHandler):

    def handle(self):
        self.data = self.rfile.readline().strip()
        print("{} wrote:".format(self.client_address[0]))
        print(self.data)
        self.wfile.write(self.data.upper())


class MyUDPHandler(socketserver.DatagramRequestHandler):

    def handle(self):
        data = self.rfile.read().strip()
        print("{} wrote:".format(self.client_address[0]))
        print(data)
        self.wfile.write(data.lower())


class PidHandler(socketserver.BaseRequestHandler):

    def handle(self):
        self.request.sendall(b'child' if os.getpid() != self.server.parent else b'parent')


class Broken(socketserver.BaseRequestHandler):

    def handle(self):
        raise ValueError('no way')


class Reporting(socketserver.TCPServer):

    def handle_error(self, request, client_address):
        print("handle_error:", client_address[0], repr(sys.exc_info()[1]))


def tcp_client(port, line):
    with socket.create_connection(('localhost', port)) as sock:
        sock.sendall(line)
        received = b''
        while True:
            chunk = sock.recv(1024)
            if not chunk:
                break
            received += chunk
    return received


def in_thread(fn, *args):
    out = []
    t = threading.Thread(target=lambda: out.append(fn(*args)))
    t.start()
    return t, out


if __name__ == "__main__":
    with socketserver.TCPServer(("localhost", 0), MyTCPHandler) as server:
        t, out = in_thread(tcp_client, server.server_address[1], b"hello world with a newline\nand more\n")
        server.handle_request()
        t.join()
        print("Received:", out[0])

    with socketserver.UDPServer(("localhost", 0), MyUDPHandler) as server:
        port = server.server_address[1]
        sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        sock.sendto(b"HELLO UDP\n", ("localhost", port))
        server.handle_request()
        print("Received:", sock.recv(1024))
        sock.close()

    with socketserver.ForkingTCPServer(("localhost", 0), PidHandler) as server:
        server.parent = os.getpid()
        t, out = in_thread(tcp_client, server.server_address[1], b"")
        server.handle_request()
        t.join()
        print("Received:", out[0], len(server.active_children))
    print("after close:", len(server.active_children))

    with Reporting(("localhost", 0), Broken) as server:
        t, out = in_thread(tcp_client, server.server_address[1], b"x")
        server.handle_request()
        t.join()
        print("Received:", out[0])

    class Patient(socketserver.TCPServer):
        timeout = 0.2

        def handle_timeout(self):
            print("handle_timeout")

    with Patient(("localhost", 0), MyTCPHandler) as server:
        print(server.handle_request())
    print(issubclass(socketserver.ThreadingTCPServer, socketserver.ThreadingMixIn),
          socketserver.ThreadingTCPServer.__mro__[1:3])
