# "=" used instead of "==" in a condition.
print('this line never runs: the file does not compile')
print('never runs')
x = 5
if x = 5:
    print('five')
