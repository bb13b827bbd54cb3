# A keyword used as a function name.
print('this line never runs: the file does not compile')
print('nor this one')
def class():
    pass
