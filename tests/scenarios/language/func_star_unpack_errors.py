def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], *(3,), **{'a': 1}, **{'b': 2}))
print(f(*'ab', *range(2)))
n = 5
try:
    f(*n)
except TypeError as e:
    print('TypeError:', e)
pairs = [1, 2]
try:
    f(**pairs)
except TypeError as e:
    print('TypeError:', e)
try:
    f(**{1: 2})
except TypeError as e:
    print('TypeError:', e)
nothing = None
try:
    f(*nothing)
except TypeError as e:
    print('TypeError:', e)
def g(a, b, c):
    return a + b + c
print(g(*[1, 2], 3), g(1, *(2, 3)), g(**{'a': 1, 'b': 2, 'c': 3}))
try:
    g(*[1, 2, 3, 4])
except TypeError as e:
    print('TypeError:', e)
try:
    g(**{'a': 1, 'b': 2, 'd': 4})
except TypeError as e:
    print('TypeError:', e)
try:
    g(1, **{'a': 1, 'b': 2, 'c': 3})
except TypeError as e:
    print('TypeError:', e)
