print(list(range(5)))
print(list(range(2, 8)))
print(list(range(0, 20, 5)))
print(list(range(10, 0, -3)))
print(list(range(5, 5)), list(range(5, 2)))
for i in range(3):
    print(i, end=',')
print()
for i in range(len('abc')):
    print(i, 'abc'[i])
for i in range(-2, 3):
    print(i * i, end=' ')
print()
r = range(3)
print(list(r), list(r))
print([i for i in range(100, 90, -2)])
total = 0
for i in range(1, 11):
    total += i ** 2
print(total)
