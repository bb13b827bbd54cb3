# Process.sentinel is ready once the process has ended: waiting on the sentinels
# tells which child ended first, without reaping it.
import multiprocessing as mp, time
from multiprocessing.connection import wait

def work(t):
    time.sleep(t)

if __name__ == '__main__':
    ps = [mp.Process(target=work, args=(t,)) for t in (0.3, 0.1, 0.2)]
    for p in ps:
        p.start()
    order = []
    pending = {p.sentinel: p for p in ps}
    while pending:
        for s in wait(list(pending)):
            order.append(ps.index(pending.pop(s)))
    print(order, [p.exitcode for p in ps])
    for p in ps:
        p.join()
    print([p.exitcode for p in ps], isinstance(ps[0].sentinel, int))
    try:
        mp.Process(target=work).sentinel
    except ValueError as e:
        print('ValueError', e)
