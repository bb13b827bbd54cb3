import time
from concurrent.futures import ThreadPoolExecutor


def task(n):
    time.sleep(0.1)
    return n


ex = ThreadPoolExecutor(1)
fs = [ex.submit(task, i) for i in range(4)]
time.sleep(0.05)
ex.shutdown(wait=True, cancel_futures=True)
print([f.cancelled() for f in fs], fs[0].result())
