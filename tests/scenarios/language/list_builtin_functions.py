a = [4, 1, 7, 3]
print(len(a), sum(a), min(a), max(a), sorted(a), list(reversed(a)))
print(any(x > 6 for x in a), all(x > 0 for x in a), any([]), all([]))
print(list(enumerate(a)), list(enumerate(a, start=10))[:2])
print(list(zip(a, 'abcd')), list(zip(a, 'ab')), list(zip()))
print(list(map(str, a)), list(map(lambda x, y: x + y, a, [10, 20])))
print(list(filter(None, [0, 1, '', 'a', None, [], [0]])), list(filter(lambda x: x % 2, a)))
print(a.__len__(), a[::-1], a)
print(max(a, key=lambda x: -x), min([], default='empty'), max([[1, 2], [3]], key=len))
print(sum([1.5, 2.5], 10), sum([], 0))
try:
    max([])
except ValueError as e:
    print('ValueError:', e)
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print('TypeError:', e)
