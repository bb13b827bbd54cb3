from concurrent.futures import ProcessPoolExecutor


def check(x):
    if x < 0:
        raise ValueError(f"negative: {x}")
    return x


if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=1) as ex:
        f = ex.submit(check, -5)
        try:
            f.result()
        except ValueError as e:
            print("caught:", e)
            print("cause:", type(e.__cause__).__name__)
        print(ex.submit(check, 5).result())
