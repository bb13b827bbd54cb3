# multiprocessing.connection's docs example: a Listener with an authkey, a Client in
# the parent, objects and bytes both ways; then a wrong key on each side.
from multiprocessing import Process
from multiprocessing.connection import Listener, Client, wait
import multiprocessing
import time

address = ('localhost', 6000)


def server(listener):
    with listener:
        with listener.accept() as conn:
            print('connection accepted from', listener.last_accepted[0])
            conn.send([2.25, None, 'junk', float])
            conn.send_bytes(b'hello')
            conn.send_bytes(b'0123456789', 2, 5)
            print('server got', conn.recv())


def wrong_key_client():
    try:
        Client(address, authkey=b'wrong password')
    except multiprocessing.AuthenticationError as e:
        print('client:', type(e).__name__, e)


if __name__ == '__main__':
    listener = Listener(address, authkey=b'secret password')
    print(listener.address)
    p = Process(target=server, args=(listener,))
    p.start()
    with Client(address, authkey=b'secret password') as conn:
        print(conn.recv())
        print(conn.recv_bytes())
        print(conn.recv_bytes())
        print(conn.poll(), conn.poll(0.1))
        conn.send({'thanks': True})
    p.join()
    listener.close()

    listener = Listener(address, authkey=b'secret password')
    p = Process(target=wrong_key_client)
    p.start()
    try:
        listener.accept()
    except multiprocessing.AuthenticationError as e:
        failure = e
    # The child prints when the refusal reaches it; the parent after it has exited.
    p.join()
    print('listener:', type(failure).__name__, failure)
    listener.close()
    try:
        Listener(address, authkey='text')
    except TypeError as e:
        print('TypeError:', e)
    try:
        Client(('localhost', 6001))
    except ConnectionRefusedError as e:
        print(type(e).__name__, e)
