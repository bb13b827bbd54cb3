from concurrent.futures import ThreadPoolExecutor


def inv(x):
    return 10 // x


with ThreadPoolExecutor(2) as ex:
    it = ex.map(inv, [5, 2, 0, 1])
    try:
        for v in it:
            print(v)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
print("after with")
