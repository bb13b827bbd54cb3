from concurrent.futures import ThreadPoolExecutor


def add(a, b):
    return a + b


with ThreadPoolExecutor(max_workers=2) as ex:
    f = ex.submit(add, 2, 3)
    g = ex.submit(add, b=10, a=1)
    print(f.result(), g.result())
    print(f.done(), f.running(), f.cancelled())
