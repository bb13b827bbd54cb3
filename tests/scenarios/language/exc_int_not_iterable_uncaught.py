count = 5
total = 0
for i in count:
    total += i
print(total)
