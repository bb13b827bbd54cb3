import time
from multiprocessing import Pool

order = []


def job(secs):
    time.sleep(secs)
    return secs


if __name__ == '__main__':
    p = Pool(3)
    for s in (0.3, 0.1, 0.2):
        p.apply_async(job, (s,), callback=order.append)
    p.close()
    p.join()
    print(order)
