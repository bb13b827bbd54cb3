# return at module level.
print('this line never runs: the file does not compile')
x = 10
if x > 5:
    return x
