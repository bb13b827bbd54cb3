total = 0
for i in range(8_000_000):
    total += i
print(total)
