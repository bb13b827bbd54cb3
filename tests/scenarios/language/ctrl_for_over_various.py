for ch in 'hi':
    print('char', ch)
for k in {'a': 1, 'b': 2}:
    print('key', k)
for k, v in {'a': 1}.items():
    print('item', k, v)
for n in sorted({3, 1, 2}):
    print('set', n)
for x in (1,):
    print('tuple', x)
for b in b'AB':
    print('byte', b)
for line in 'l1\nl2\n'.splitlines():
    print('line', line)
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a + b + c)
for i, *rest in [(1, 2, 3), (4,)]:
    print(i, rest)
for x in range(3):
    print(x, end=' ')
    x = 100
print()
