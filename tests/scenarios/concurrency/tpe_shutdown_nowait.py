import time
from concurrent.futures import ThreadPoolExecutor


def task(n):
    time.sleep(0.1 * n)
    print("task", n, "done")


ex = ThreadPoolExecutor(2)
ex.submit(task, 1)
ex.submit(task, 2)
ex.shutdown(wait=False)
print("shutdown returned immediately")
