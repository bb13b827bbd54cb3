import time
from multiprocessing import Pool


def job(secs):
    time.sleep(secs)
    return secs


if __name__ == '__main__':
    with Pool(3) as p:
        print(list(p.imap_unordered(job, [0.4, 0.1, 0.25])))
        print(list(p.imap(job, [0.3, 0.1, 0.2])))
