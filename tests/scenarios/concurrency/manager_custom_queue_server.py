# The docs' remote manager: a server process serves a registered Queue at an
# address (get_server().serve_forever()); clients connect() to it and share the queue.
import time
from multiprocessing import Process
from multiprocessing.managers import BaseManager
from queue import Queue

queue = Queue()

class QueueManager(BaseManager):
    pass

QueueManager.register('get_queue', callable=lambda: queue)

def serve():
    m = QueueManager(address=('127.0.0.1', 50000), authkey=b'abracadabra')
    s = m.get_server()
    print('serving at', s.address, flush=True)
    s.serve_forever()

def putter(n):
    m = QueueManager(address=('127.0.0.1', 50000), authkey=b'abracadabra')
    m.connect()
    m.get_queue().put('hello from %d' % n)

if __name__ == '__main__':
    server = Process(target=serve)
    server.start()
    time.sleep(0.5)
    workers = [Process(target=putter, args=(i,)) for i in range(3)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    m = QueueManager(address=('127.0.0.1', 50000), authkey=b'abracadabra')
    m.connect()
    print(m.address)
    q = m.get_queue()
    print(sorted(q.get() for _ in range(3)))
    print(q.qsize(), q.empty())
    server.terminate()
    server.join()
    print('server exit code', server.exitcode)
    bad = QueueManager(address=('127.0.0.1', 50001), authkey=b'abracadabra')
    try:
        bad.connect()
    except ConnectionRefusedError as e:
        print(type(e).__name__, e)
