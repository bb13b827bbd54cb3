# Loop body not indented.
print('this line never runs: the file does not compile')
print('nor this one')
for i in range(3):
print(i)
