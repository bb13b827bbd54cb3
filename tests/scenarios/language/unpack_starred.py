a, b, c = [1, 2, 3]
print(a, b, c)
first, *rest = 'hello'
print(first, rest)
*init, last = range(5)
print(init, last)
head, *mid, tail = [1, 2]
print(head, mid, tail)
(x, y), z = (1, 2), 3
print(x, y, z)
for i, (k, v) in enumerate({'a': 1, 'b': 2}.items()):
    print(i, k, v)
print(*[1, 2], *'ab', sep='|')
merged = [*range(3), *'xy', *(9,)]
print(merged)
d = {**{'a': 1}, 'b': 2, **{'a': 3}}
print(d)
s = {*[1, 2], *[2, 3]}
print(sorted(s))
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print('ValueError:', e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print('ValueError:', e)
try:
    a, b = 5
except TypeError as e:
    print('TypeError:', e)
