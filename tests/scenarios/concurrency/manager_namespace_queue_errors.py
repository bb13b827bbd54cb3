# Namespace attributes, a manager Queue between processes, and errors that come
# back from the server (KeyError, queue.Empty) raised in the caller.
import queue
from multiprocessing import Manager, Process


def producer(q, ns):
    for i in range(3):
        q.put(i)
    ns.done = True


if __name__ == '__main__':
    m = Manager()
    ns = m.Namespace(done=False, name="bakery")
    q = m.Queue()
    p = Process(target=producer, args=(q, ns))
    p.start()
    p.join()
    print(ns, ns.done, ns.name)
    print([q.get() for _ in range(3)], q.empty(), type(q).__name__)
    try:
        q.get(timeout=0.1)
    except queue.Empty:
        print("queue.Empty")
    d = m.dict(a=1)
    try:
        d['b']
    except KeyError as e:
        print("KeyError", e)
    d['c'] = [1]
    d['c'].append(2)
    print(d['c'], d)
    l = m.list(range(3))
    l += [5]
    print(l, len(l), l[1:], list(reversed(l)))
    m.shutdown()
    print("shut down")
    d['x']
