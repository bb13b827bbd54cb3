# The course's bakery: 2 bakers put buns in a queue, 2 customers take them
# until each gets the sentinel None the main process puts after the bakers.
from multiprocessing import Process, Queue

def baker(q, name):
    for i in range(2):
        q.put('%s bun %d' % (name, i))

def customer(q):
    while True:
        bun = q.get()
        if bun is None:
            break
        print('ate', bun)

if __name__ == '__main__':
    q = Queue()
    bakers = [Process(target=baker, args=(q, n)) for n in ('A', 'B')]
    customers = [Process(target=customer, args=(q,)) for _ in range(2)]
    for p in bakers + customers:
        p.start()
    for p in bakers:
        p.join()
    q.put(None)
    q.put(None)
    for c in customers:
        c.join()
    print('closed')
