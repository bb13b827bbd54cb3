from concurrent.futures import ThreadPoolExecutor


def load(key):
    data = {"a": 1}
    return data[key]


with ThreadPoolExecutor(2) as pool:
    print(pool.submit(load, "a").result())
    fut = pool.submit(load, "b")
    print(fut.result())
