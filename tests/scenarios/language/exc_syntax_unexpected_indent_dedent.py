# Dedent to a column that matches no outer block.
print('this line never runs: the file does not compile')
if True:
    print('a')
  print('b')
