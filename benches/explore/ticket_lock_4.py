# The course's ticket sale with a lock, 4 buyers and one ticket: the lock
# makes reading and writing the count one step, so one buyer gets it.
from multiprocessing import Process, Lock
import json
import time

def buy(name, lock):
    with lock:
        ticks = json.load(open('ticks.json'))
        time.sleep(0.1)
        if ticks['count'] > 0:
            ticks['count'] -= 1
            with open('ticks.json', 'w') as f:
                json.dump(ticks, f)
            print(name, 'bought a ticket')

if __name__ == '__main__':
    with open('ticks.json', 'w') as f:
        json.dump({'count': 1}, f)
    lock = Lock()
    buyers = [Process(target=buy, args=('buyer-%d' % i, lock)) for i in range(4)]
    for p in buyers:
        p.start()
    for p in buyers:
        p.join()
