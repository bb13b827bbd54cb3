# Invalid f-string conversion; the whole file fails to compile, so nothing prints.
print('this line never runs: the file does not compile')
print('nor this one')
name = 'x'
print(f'{name!z}')
