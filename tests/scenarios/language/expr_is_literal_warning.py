# Comparing to a literal with "is" compiles, but CPython warns at compile time.
# (The identity result itself is an implementation detail, so only its type is printed.)
x = 300
y = 'abc'
print(x == 300)
r1 = x is 300
print(type(r1).__name__)
r2 = y is not 'abc'
print(type(r2).__name__)
print(None is None, x is not None)
print("done")
