s = 'Hello, World'
print(s[0], s[-1], s[7], s[-5])
print(s[0:5], s[7:], s[:5], s[:], s[-5:])
print(s[::2], s[1::2], s[::-1], s[::-2])
print(s[2:-2], s[-3:-1], s[5:2], s[100:], s[-100:3])
print(s[10:2:-2], s[:3:-1])
print(repr(s[3:3]), len(s[3:3]))
print(s[slice(0, 5)], s[slice(None, None, 3)])
try:
    print(s[20])
except IndexError as e:
    print('IndexError:', e)
try:
    s[0] = 'J'
except TypeError as e:
    print('TypeError:', e)
print('J' + s[1:])
try:
    print('abc'[::0])
except ValueError as e:
    print('ValueError:', e)
