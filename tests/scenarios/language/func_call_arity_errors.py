def two(a, b):
    return a + b
for args in [(1,), (1, 2, 3), ()]:
    try:
        two(*args)
    except TypeError as e:
        print('TypeError:', e)
try:
    two(1, 2, c=3)
except TypeError as e:
    print('TypeError:', e)
try:
    len()
except TypeError as e:
    print('TypeError:', e)
try:
    'abc'.upper(1)
except TypeError as e:
    print('TypeError:', e)
try:
    n = 5
    n()
except TypeError as e:
    print('TypeError:', e)
try:
    nothing = None
    nothing()
except TypeError as e:
    print('TypeError:', e)
class C:
    def m(self, x):
        return x
try:
    C().m()
except TypeError as e:
    print('TypeError:', e)
try:
    C().m(1, 2)
except TypeError as e:
    print('TypeError:', e)
