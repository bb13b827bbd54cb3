x = 5
print(1 < x < 10, 1 < x > 3, 10 > x >= 5, x == 5 == 5.0)
print(1 < 2 < 3 < 4 < 3)
print(3 > 2 == 2, (3 > 2) == 2)
print('apple' < 'banana', 'Zebra' < 'apple', 'abc' < 'abcd', '' < 'a')
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], (1, 'a') < (1, 'b'))
print([1, [2, 3]] == [1, [2, 3]], (1, 2) == [1, 2])
print(1 == 1.0, x is not None, 0.5 < 1 < 1.5)
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 2} > {1})
print({'a': 1} == {'a': 1.0}, None == 0, None is None)
def noisy(v):
    print('eval', v)
    return v
print(noisy(1) < noisy(0) < noisy(5))
print(noisy(1) < noisy(2) < noisy(5))
try:
    print(1 < 'a')
except TypeError as e:
    print('TypeError:', e)
try:
    print([1] < (1,))
except TypeError as e:
    print('TypeError:', e)
