from concurrent.futures import ThreadPoolExecutor


def fail(x):
    raise ValueError(f"bad {x}")


with ThreadPoolExecutor(1) as ex:
    f = ex.submit(fail, 7)
    e = f.exception()
    print(type(e).__name__, e)
    try:
        f.result()
    except ValueError as err:
        print("result() raised:", err, err is e)
    it = ex.map(fail, [1, 2])
    try:
        next(it)
    except ValueError as err:
        print("map raised:", err)
