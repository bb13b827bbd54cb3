import time
from concurrent.futures import ProcessPoolExecutor, as_completed


def job(secs):
    time.sleep(secs)
    return secs


if __name__ == '__main__':
    with ProcessPoolExecutor(3) as ex:
        fs = [ex.submit(job, s) for s in (0.4, 0.1, 0.25)]
        print([f.result() for f in as_completed(fs)])
