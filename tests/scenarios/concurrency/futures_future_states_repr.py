import time
from concurrent.futures import ThreadPoolExecutor


def mask(s):
    s = str(s)
    i = s.find("0x")
    while i != -1:
        j = i + 2
        while j < len(s) and s[j] in "0123456789abcdef":
            j += 1
        s = s[:i] + "0x?" + s[j:]
        i = s.find("0x", i + 3)
    return s


def slow(x):
    time.sleep(0.2)
    return x


def bad():
    raise ValueError("nope")


with ThreadPoolExecutor(1) as ex:
    f1 = ex.submit(slow, 1)
    f2 = ex.submit(slow, 2)
    time.sleep(0.05)
    print(mask(f1))
    print(mask(f2))
    print(f1.running(), f2.running(), f2.cancel(), f2.cancelled(), f1.cancel())
    print(f1.result(), f1.done())
    print(mask(f1))
    print(mask(f2))
    f3 = ex.submit(bad)
    print(type(f3.exception()).__name__, f3.exception())
    print(mask(f3))
