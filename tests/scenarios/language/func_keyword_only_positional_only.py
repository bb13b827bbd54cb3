def f(a, b, /, c, *, d, e=5):
    return (a, b, c, d, e)
print(f(1, 2, 3, d=4))
print(f(1, 2, c=3, d=4, e=6))
try:
    f(1, b=2, c=3, d=4)
except TypeError as err:
    print('TypeError:', err)
try:
    f(1, 2, 3, 4)
except TypeError as err:
    print('TypeError:', err)
try:
    f(1, 2, 3)
except TypeError as err:
    print('TypeError:', err)
def g(*, key):
    return key
print(g(key='k'))
try:
    g('k')
except TypeError as err:
    print('TypeError:', err)
def h(x, y):
    return x - y
print(h(y=1, x=10))
try:
    h(1, x=2)
except TypeError as err:
    print('TypeError:', err)
try:
    h(1, 2, z=3)
except TypeError as err:
    print('TypeError:', err)
