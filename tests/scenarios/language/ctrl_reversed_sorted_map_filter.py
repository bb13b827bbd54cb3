nums = [5, 2, 9, 1]
print(list(reversed(nums)), nums[::-1], sorted(nums), sorted(nums, reverse=True))
print(list(map(lambda x: x * 10, nums)))
print(list(map(pow, [2, 3], [3, 2])))
print(list(filter(lambda x: x > 2, nums)))
print(list(map(str.upper, ['a', 'b'])), list(map(len, ['ab', 'c', ''])))
m = map(int, ['1', '2', '3'])
print(next(m), list(m), list(m))
r = reversed('abc')
print(next(r), ''.join(r))
print(list(reversed(range(5))), list(reversed({'a': 1, 'b': 2})))
try:
    reversed({1, 2})
except TypeError as e:
    print('TypeError:', e)
print(sorted({'b': 1, 'a': 2}.items(), key=lambda kv: kv[1]))
