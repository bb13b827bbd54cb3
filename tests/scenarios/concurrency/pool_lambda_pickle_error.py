from multiprocessing import Pool


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
    with Pool(2) as pool:
        try:
            pool.map(lambda x: x * 2, [1, 2, 3])
        except Exception as e:
            print(type(e).__module__, type(e).__name__)
            print(mask(e))
        print(pool.map(abs, [-1, -2]))
