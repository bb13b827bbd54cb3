# Missing colon after a def header; nothing in the file runs.
print('this line never runs: the file does not compile')
def f(x)
    return x
print(f(1))
