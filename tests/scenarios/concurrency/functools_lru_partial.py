from functools import lru_cache, partial, reduce, wraps
from multiprocessing import Pool


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def power(base, exp):
    return base ** exp


def logged(fn):
    @wraps(fn)
    def inner(*a):
        return fn(*a)
    return inner


@logged
def double(x):
    return 2 * x


if __name__ == '__main__':
    print(fib(50), fib.cache_info())
    with Pool(2) as p:
        print(p.map(partial(power, exp=3), [1, 2, 3]))
        print(p.map(double, [4, 5]))
    print(reduce(lambda a, b: a * b, range(1, 6)), double.__name__)
