def f(kind):
    if kind == 1:
        raise ValueError
    if kind == 2:
        raise ValueError('with message')
    if kind == 3:
        err = KeyError('prebuilt')
        raise err
    if kind == 4:
        raise TypeError('a', 'b', 3)
for k in range(1, 5):
    try:
        f(k)
    except Exception as e:
        print(k, type(e).__name__, repr(e), str(e), e.args)
try:
    raise 42
except TypeError as e:
    print('TypeError:', e)
try:
    raise
except RuntimeError as e:
    print('RuntimeError:', e)
class NotAnException:
    pass
try:
    raise NotAnException()
except TypeError as e:
    print('TypeError:', e)
try:
    try:
        raise ValueError('x')
    except Exception as e:
        raise e.with_traceback(None)
except ValueError as e:
    print('re-raised', e)
