import time
from multiprocessing import Pool, TimeoutError


def slow(x):
    time.sleep(0.3)
    return x


if __name__ == '__main__':
    with Pool(1) as p:
        r = p.apply_async(slow, (1,))
        print(r.ready())
        try:
            r.successful()
        except ValueError as e:
            print("ValueError:", str(e).split(" object at ")[0].lstrip("<"))
        try:
            r.get(timeout=0.05)
        except TimeoutError as e:
            print("TimeoutError", repr(e), TimeoutError.__module__)
        r.wait()
        print(r.ready(), r.successful(), r.get())
