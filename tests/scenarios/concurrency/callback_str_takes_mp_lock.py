# The Limits issue's case: a __str__ that takes a multiprocessing Lock, called from
# str.format and %, while a child process holds the lock. CPython waits inside
# __str__ until the child lets go; so does the engine.
import multiprocessing as mp
import time

class Counter:
    def __init__(self, lock, value):
        self.lock, self.value = lock, value
    def __str__(self):
        with self.lock:
            return f'Counter({self.value.value})'

def bump(counter):
    with counter.lock:
        print('child holds the lock')
        time.sleep(0.1)
        counter.value.value += 1

if __name__ == '__main__':
    counter = Counter(mp.Lock(), mp.Value('i', 0))
    p = mp.Process(target=bump, args=(counter,))
    p.start()
    time.sleep(0.03)
    print('now: {}'.format(counter))
    p.join()
    print('after: %s' % counter)
