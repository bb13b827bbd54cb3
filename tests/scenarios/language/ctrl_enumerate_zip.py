names = ['ann', 'bob', 'cid']
ages = [31, 25]
for i, name in enumerate(names):
    print(i, name)
for i, name in enumerate(names, start=1):
    print(f'{i}. {name}')
for name, age in zip(names, ages):
    print(name, age)
print(list(zip(names, ages, 'xyz')))
pairs = list(zip('abc', range(3)))
letters, numbers = zip(*pairs)
print(letters, numbers)
print(dict(zip(names, ages)))
print(list(enumerate('ab', -1)))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print('ValueError:', e)
e = enumerate(['x', 'y'])
print(next(e), next(e))
print(type(e).__name__, type(zip()).__name__)
