import time
from multiprocessing import Process, Event, Queue


def light(e, rounds):
    for _ in range(rounds):
        e.clear()
        time.sleep(0.2)
        e.set()
        time.sleep(0.2)


def car(e, q, i):
    e.wait()
    q.put(i)


if __name__ == '__main__':
    e = Event()
    q = Queue()
    lp = Process(target=light, args=(e, 2))
    lp.start()
    time.sleep(0.05)
    print("green at start?", e.is_set())
    cars = [Process(target=car, args=(e, q, i)) for i in range(4)]
    for c in cars:
        c.start()
    for c in cars:
        c.join()
    print(sorted(q.get() for _ in cars))
    lp.join()
    print("final", e.is_set())
