a = list(range(10))
print(a[2:5], a[:3], a[7:], a[::3], a[::-1], a[-3:], a[8:2:-2])
a[2:5] = ['x', 'y']
print(a)
a[1:1] = [100, 101, 102]
print(a)
a[:2] = []
print(a)
a[::2] = ['E'] * len(a[::2])
print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print('ValueError:', e)
del a[::3]
print(a)
del a[1]
del a[-2:]
print(a)
b = [1, 2, 3]
b[len(b):] = [4, 5]
b[-1:] = 'xy'
print(b)
c = [0, 1, 2, 3, 4, 5]
c[1:5:2] = ['a', 'b']
print(c)
c[10:20] = [9]
print(c)
