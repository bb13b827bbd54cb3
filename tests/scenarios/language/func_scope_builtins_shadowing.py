print(len('abc'))
def shadow():
    len = lambda x: 42
    return len('abc')
print(shadow(), len('abc'))
sum = 0
for v in [1, 2, 3]:
    sum += v
print(sum)
try:
    print(sum([4, 5]))
except TypeError as e:
    print('TypeError:', e)
del sum
print(sum([4, 5]))
real_max = max
max = 'shadowed'
print(max, real_max(3, 4))
del max
print(max(5, 6))
str = 'oops'
try:
    str(5)
except TypeError as e:
    print('TypeError:', e)
del str
print(str(5))
