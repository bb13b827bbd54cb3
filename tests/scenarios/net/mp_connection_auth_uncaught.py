# A Listener whose client has the wrong authkey: the uncaught AuthenticationError's
# traceback through Listener.accept and deliver_challenge.
from multiprocessing import Process
from multiprocessing.connection import Listener, Client


def client():
    try:
        Client(('localhost', 6010), authkey=b'wrong')
    except Exception:
        pass


if __name__ == '__main__':
    listener = Listener(('localhost', 6010), authkey=b'right')
    p = Process(target=client)
    p.start()
    conn = listener.accept()
