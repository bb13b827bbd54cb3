def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            print('found', target, 'at', i)
            break
    else:
        print(target, 'not found')
find([5, 3, 8], 8)
find([5, 3, 8], 7)
find([], 1)
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=' ')
print()
i = 0
while i < 3:
    print('while', i)
    i += 1
else:
    print('while finished normally')
while True:
    i -= 1
    if i == 0:
        break
else:
    print('not printed')
print('i =', i)
