# Getting before joining lets the child's feeder finish, so the child exits;
# small items fit in the queue's pipe, and cancel_join_thread() lets a process
# exit without waiting for its feeder (the item may be lost).
from multiprocessing import Process, Queue

def f(q):
    q.put('X' * 1000000)

def small(q):
    for i in range(10):
        q.put(i)

def cancelled(q):
    q.cancel_join_thread()
    q.put('Y' * 100000)

if __name__ == '__main__':
    queue = Queue()
    p = Process(target=f, args=(queue,))
    p.start()
    obj = queue.get()
    p.join()
    print(len(obj), p.exitcode)
    p = Process(target=small, args=(queue,))
    p.start()
    p.join()
    print([queue.get() for _ in range(10)])
    p = Process(target=cancelled, args=(queue,))
    p.start()
    p.join()
    print('cancelled exit', p.exitcode)
