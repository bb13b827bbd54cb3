def outer(a, b=2, *args, c, **kwargs):
    n = 0
    def inner():
        nonlocal n
        n += a
        return n
    return inner

f = outer(1, c=3)
g = lambda x: x + 1
