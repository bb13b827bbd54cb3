for i in range(1, 4):
    for j in range(1, 4):
        if j == i:
            continue
        if i + j == 5:
            print('break inner at', i, j)
            break
        print(i, j)
total = 0
for n in range(10):
    if n % 2:
        continue
    total += n
print('sum of evens', total)
n = 0
while n < 10:
    n += 1
    if n % 3 != 0:
        continue
    print('multiple of 3:', n)
found = None
for row in [[1, 2], [3, 4], [5, 6]]:
    for v in row:
        if v > 3:
            found = v
            break
    if found is not None:
        break
print('first > 3:', found)
