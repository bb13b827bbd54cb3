import time
from concurrent.futures import ThreadPoolExecutor


def task(i):
    time.sleep(0.3)
    return i


start = time.time()
with ThreadPoolExecutor(max_workers=5) as ex:
    results = list(ex.map(task, range(10)))
print(results)
print("elapsed", round(time.time() - start, 1))
