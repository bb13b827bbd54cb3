import time
from concurrent.futures import ThreadPoolExecutor, TimeoutError


def add(a, b):
    return a + b


def slow(x):
    time.sleep(0.3)
    return x


with ThreadPoolExecutor(2) as ex:
    print(list(ex.map(add, [1, 2, 3], [10, 20])))
    it = ex.map(slow, [1, 2], timeout=0.1)
    try:
        print(list(it))
    except TimeoutError as e:
        print("TimeoutError", repr(e))
print("after")
