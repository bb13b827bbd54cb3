e = ValueError('bad value', 42)
print(e.args, str(e), repr(e))
e1 = KeyError('missing')
print(e1.args, str(e1), repr(e1))
e2 = Exception()
print(e2.args, repr(str(e2)), repr(e2))
e3 = RuntimeError('single')
print(str(e3), repr(e3), e3.args[0])
e4 = OSError(2, 'No such file')
print(e4.errno, e4.strerror, str(e4), type(e4).__name__)
e5 = ZeroDivisionError('division by zero')
print(f'{e5}', f'{e5!r}', [e5])
try:
    {}['k']
except KeyError as ke:
    print(str(ke), repr(ke), ke.args)
try:
    int('x')
except ValueError as ve:
    print(ve.args)
print(isinstance(e1, LookupError), type(e).__mro__[1].__name__)
print(StopIteration(5).value, SystemExit(3).code, repr(KeyError()))
