import os
from multiprocessing import Pool

MAIN = os.getpid()
log = []


def job(x):
    return x, os.getpid() != MAIN


def on_done(r):
    log.append((r, os.getpid() == MAIN))


if __name__ == '__main__':
    p = Pool(2)
    for i in range(4):
        p.apply_async(job, args=(i,), callback=on_done)
    p.close()
    p.join()
    for item in sorted(log):
        print(item)
