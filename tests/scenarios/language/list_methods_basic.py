a = [3, 1, 4]
a.append(1)
a.extend([5, 9])
a.insert(0, 2)
a.insert(100, 6)
a.insert(-1, 7)
print(a, len(a))
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1)
print(a, a.index(4), a.count(1), a.count(42))
print(a.index(1, 2) if 1 in a[2:] else 'no 1 after index 2')
b = a.copy()
b.reverse()
print(a, b)
a.clear()
print(a, b)
try:
    a.pop()
except IndexError as e:
    print('IndexError:', e)
try:
    b.remove(99)
except ValueError as e:
    print('ValueError:', e)
try:
    b.index(99)
except ValueError as e:
    print('ValueError:', e)
print(list(), list('abc'), list(range(3)), list((1, 2)), list({'a': 1}))
print([0] * 5, [1, 2] * 2, [[0] * 2] * 2, [] * 3)
