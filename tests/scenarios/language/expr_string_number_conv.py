print(str(42) + '!', '7' * 3, int('7') * 3)
print(repr('42'), repr(42), str(4.0), str(-0.5))
try:
    print('age: ' + 30)
except TypeError as e:
    print('TypeError:', e)
try:
    print(30 + '1')
except TypeError as e:
    print('TypeError:', e)
try:
    print([1] + (2,))
except TypeError as e:
    print('TypeError:', e)
try:
    print('a' * 2.0)
except TypeError as e:
    print('TypeError:', e)
try:
    print(-'a')
except TypeError as e:
    print('TypeError:', e)
try:
    print(None + 1)
except TypeError as e:
    print('TypeError:', e)
try:
    print({} < {})
except TypeError as e:
    print('TypeError:', e)
print(str(None), str([1, 'a']), str((1,)), str({'k': 'v'}))
