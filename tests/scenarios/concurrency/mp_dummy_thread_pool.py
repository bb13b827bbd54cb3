import threading
from multiprocessing.dummy import Pool as ThreadPool
from multiprocessing.pool import ThreadPool as TP2


def who(x):
    return x * 2, threading.current_thread().name.startswith("Thread")


with ThreadPool(3) as p:
    print(p.map(who, range(4)))
with TP2(2) as p:
    print(p.apply(pow, (2, 5)), sorted(p.imap_unordered(abs, [-3, -1, -2])))
