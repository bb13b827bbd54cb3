# Python 2 style print statement.
print('this line never runs: the file does not compile')
print('nor this one')
print('second line before the error')
print "hello world"
