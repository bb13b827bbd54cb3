# A handler that raises: handle_error's report on stderr (the request's address, the
# traceback through socketserver's frames), and the client reads EOF.
import socket
import socketserver
import threading


class Broken(socketserver.BaseRequestHandler):
    def handle(self):
        data = self.request.recv(100)
        raise ValueError('cannot handle %r' % data)


class Server(socketserver.ThreadingMixIn, socketserver.TCPServer):
    allow_reuse_address = True


with Server(('127.0.0.1', 50410), Broken) as server:
    t = threading.Thread(target=server.serve_forever, kwargs={'poll_interval': 0.05})
    t.start()
    with socket.create_connection(('127.0.0.1', 50410), source_address=('127.0.0.1', 50411)) as c:
        c.sendall(b'boom')
        print('client read', c.recv(100))
    server.shutdown()
    t.join()
print('done')
