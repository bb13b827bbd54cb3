import time
from concurrent.futures import ThreadPoolExecutor, wait, FIRST_EXCEPTION


def job(i):
    time.sleep(0.05 * i)
    if i == 1:
        raise ValueError(i)
    return i


with ThreadPoolExecutor(4) as ex:
    fs = [ex.submit(job, i) for i in range(4)]
    done, not_done = wait(fs, return_when=FIRST_EXCEPTION)
    print(sorted(f.exception() is not None for f in done), len(done) + len(not_done))
    wait(fs)
    print([f.exception().__class__.__name__ if f.exception() else f.result() for f in fs])
