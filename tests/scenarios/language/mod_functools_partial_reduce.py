from functools import partial, reduce, lru_cache, cmp_to_key
def log(level, msg, *, sep=': '):
    return f'{level}{sep}{msg}'
warn = partial(log, 'WARN')
debug = partial(log, 'DEBUG', sep=' > ')
print(warn('disk low'), debug('x=1'), warn('custom', sep=' | '))
print(warn.args, debug.keywords)
print(reduce(lambda acc, x: acc * 10 + x, [1, 2, 3, 4]))
print(reduce(lambda a, b: a if a > b else b, [3, 8, 2, 7]))
print(reduce(lambda d, kv: {**d, kv[0]: kv[1]}, [('a', 1), ('b', 2)], {}))
def compare(a, b):
    return (len(a) > len(b)) - (len(a) < len(b)) or ((a > b) - (a < b))
print(sorted(['ccc', 'a', 'bb', 'aa', 'b'], key=cmp_to_key(compare)))
@lru_cache(maxsize=2)
def sq(n):
    print('  computing', n)
    return n * n
print(sq(2), sq(2), sq(3), sq(4), sq(2))
print(sq.cache_info())
