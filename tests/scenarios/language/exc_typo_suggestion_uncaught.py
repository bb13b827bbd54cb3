counter = 0
for i in range(3):
    counter += i
print('counter is', counter)
print('final', countr)
