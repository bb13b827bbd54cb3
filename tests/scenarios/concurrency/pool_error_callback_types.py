from multiprocessing import Pool


def risky(x):
    if x == 2:
        raise KeyError(x)
    if x == 3:
        raise ValueError("three")
    return x


errors = []


def on_err(e):
    errors.append(f"error_callback: {type(e).__name__} {e}")


if __name__ == '__main__':
    with Pool(1) as p:
        rs = [p.apply_async(risky, (i,), error_callback=on_err) for i in range(4)]
        for r in rs:
            try:
                print("result", r.get(timeout=2))
            except Exception as e:
                print("get raised", type(e).__name__, repr(e))
    print(errors)
