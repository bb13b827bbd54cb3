# A thread-safe counter as a well-known cookbook writes it: three threads, each
# doing N increments and N decrements under `with lock:`. Nobody else waits for
# the lock most of the time, so each take and release should cost what CPython's
# uncontended acquire costs (an atomic instruction), not a trip to the scheduler.
# N comes from stdin.
import threading


class SharedCounter:
    def __init__(self, initial_value=0):
        self._value = initial_value
        self._value_lock = threading.Lock()

    def incr(self, delta=1):
        with self._value_lock:
            self._value += delta

    def decr(self, delta=1):
        with self._value_lock:
            self._value -= delta


def test(counter, n):
    for _ in range(n):
        counter.incr()
    for _ in range(n):
        counter.decr()


n = int(input())
counter = SharedCounter()
threads = [threading.Thread(target=test, args=(counter, n)) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter._value)
