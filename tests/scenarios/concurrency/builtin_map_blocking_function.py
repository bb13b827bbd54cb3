import time


def task(n):
    time.sleep(0.1)
    return n * 2


start = time.time()
results = list(map(task, range(3)))
print(results, round(time.time() - start, 1))
