# PyMOTW's selectors echo server: one thread serves every connection from a
# select loop with callbacks; a client sends two messages, one echo at a time.
import selectors
import socket
import threading

mysel = selectors.DefaultSelector()
keep_running = True
listening = threading.Event()


def read(connection, mask):
    "Callback for read events"
    global keep_running
    client_address = connection.getpeername()
    print('read({})'.format(client_address[0]))
    data = connection.recv(1024)
    if data:
        # A readable client socket has data
        print('  received {!r}'.format(data))
        connection.sendall(data)
    else:
        # Interpret empty result as closed connection
        print('  closing')
        mysel.unregister(connection)
        connection.close()
        # Tell the main loop to stop
        keep_running = False


def accept(sock, mask):
    "Callback for new connections"
    new_connection, addr = sock.accept()
    print('accept({})'.format(addr[0]))
    new_connection.setblocking(False)
    mysel.register(new_connection, selectors.EVENT_READ, read)


def serve():
    server_address = ('localhost', 10007)
    print('starting up on {} port {}'.format(*server_address))
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.setblocking(False)
    server.bind(server_address)
    server.listen(5)
    mysel.register(server, selectors.EVENT_READ, accept)
    listening.set()
    while keep_running:
        print('waiting for I/O')
        for key, mask in mysel.select(timeout=1):
            callback = key.data
            callback(key.fileobj, mask)
    print('shutting down')
    mysel.unregister(server)
    server.close()
    mysel.close()


t = threading.Thread(target=serve)
t.start()
listening.wait()
echoes = []
with socket.create_connection(('localhost', 10007)) as client:
    for message in [b'This is the message. ', b'It will be repeated.']:
        client.sendall(message)
        echoes.append(client.recv(1024))
t.join()
print('client got', echoes)
print(mysel.get_map())
