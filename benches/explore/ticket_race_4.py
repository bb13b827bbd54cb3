# The course's ticket sale without a lock, with 4 buyers and one ticket:
# every buyer reads the count, and more than one may see a ticket left.
from multiprocessing import Process
import json
import time

def buy(name):
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
    buyers = [Process(target=buy, args=('buyer-%d' % i,)) for i in range(4)]
    for p in buyers:
        p.start()
    for p in buyers:
        p.join()
