import functools
def count_calls(func):
    @functools.wraps(func)
    def wrapper(*args):
        wrapper.calls += 1
        return func(*args)
    wrapper.calls = 0
    return wrapper
@count_calls
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(15), fib.calls)
def memoize(func):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memoize
def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)
print(slow_fib(80), len(slow_fib.cache))
@functools.lru_cache(maxsize=None)
def lru_fib(n):
    return n if n < 2 else lru_fib(n - 1) + lru_fib(n - 2)
print(lru_fib(100), lru_fib.cache_info())
registry = {}
def register(f):
    registry[f.__name__] = f
    return f
@register
def alpha(): return 'a'
@register
def beta(): return 'b'
print(sorted(registry), registry['beta']())
