t = (1, 'two', 3.0, [4])
print(t, len(t), t[1], t[-1], t[1:3], t[::-1])
print((1), (1,), tuple(), tuple('ab'), 1, 2)
x = 1, 2, 3
print(x, type(x).__name__)
print(t.count(1), t.index('two'), (1, 2) + (3,), (0,) * 3)
t[3].append(5)
print(t)
try:
    t[0] = 10
except TypeError as e:
    print('TypeError:', e)
try:
    hash(t)
except TypeError as e:
    print('TypeError:', e)
print(hash((1, 2)) == hash((1, 2)), (1, 2) < (1, 3), (1, 2) == (1, 2.0))
a, b = b, a = 5, 6
print(a, b)
print(tuple(x * 2 for x in range(3)), (1, 2, 3)[1:2])
print(max((3, 'a'), (3, 'b')), sorted([(2, 1), (1, 2), (1, 1)]))
