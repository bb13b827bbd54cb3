nums = [3, -1, 4, -1, 5]
print(any(n < 0 for n in nums), all(n < 10 for n in nums), any([]), all([]))
print(sum(nums), sum(nums, 100), sum(n * n for n in nums))
print(min(nums), max(nums), min(nums, key=abs), max(nums, key=lambda n: -n))
print(min('hello'), max(['apple', 'fig', 'banana'], key=len), min(3, 1, 2))
print(max([], default=None), min((), default='nothing'))
print(max([('a', 2), ('b', 9), ('c', 9)], key=lambda t: t[1]))
print(min([[3, 'x'], [1, 'y'], [1, 'a']]))
words = ['Bb', 'aa', 'Cc']
print(max(words), max(words, key=str.lower))
print(sum([0.1] * 3), sum([1, 2, 3]) / len([1, 2, 3]))
try:
    min()
except TypeError as e:
    print('TypeError:', e)
try:
    max(1)
except TypeError as e:
    print('TypeError:', e)
