people = [('bob', 25), ('alice', 30), ('carol', 25), ('dave', 30), ('eve', 22)]
print(sorted(people))
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
words = ['banana', 'Apple', 'cherry', 'date', 'Fig', 'elderberry']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
nums = [5, -3, 2, -8, 0, 7]
nums.sort(key=abs)
print(nums)
nums.sort(reverse=True)
print(nums, nums.sort())
print(sorted('hello world'), sorted({3: 'a', 1: 'b'}), sorted((2, 1)))
print(sorted([[2, 'b'], [1, 'z'], [2, 'a']]))
try:
    sorted([1, 'a', 2])
except TypeError as e:
    print('TypeError:', e)
