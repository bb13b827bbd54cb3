a = ('apple')
b = ('apple',)
c = 'apple',
print(type(a).__name__, type(b).__name__, type(c).__name__)
print(len(a), len(b), a == b[0])
for x in ('solo'):
    print(x, end=' ')
print()
for x in ('solo',):
    print(x)
t = ()
print(len(t), type(t).__name__, t == tuple())
nested = ((1, 2),)
print(nested[0][1], len(nested))
print((1, 2) + (3,), (1, 2) * 2)
