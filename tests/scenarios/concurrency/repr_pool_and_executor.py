from multiprocessing import Pool
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


if __name__ == '__main__':
    p = Pool(2)
    print(p)
    p.close()
    print(p)
    p.join()
    p2 = Pool(1)
    p2.terminate()
    print(p2)
    ex = ThreadPoolExecutor(2)
    print(mask(ex))
    r = Pool(1).apply_async(abs, (-3,))
    print(mask(r), r.get())
