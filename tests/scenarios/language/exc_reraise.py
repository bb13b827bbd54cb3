def risky():
    raise ValueError('original problem')
def middle():
    try:
        risky()
    except ValueError as e:
        print('middle logging:', e)
        raise
try:
    middle()
except ValueError as e:
    print('top caught:', e, e.__context__, e.__cause__)
def convert():
    try:
        risky()
    except ValueError as e:
        raise RuntimeError('conversion failed') from e
try:
    convert()
except RuntimeError as e:
    print('caught', repr(e), 'cause:', repr(e.__cause__), e.__suppress_context__)
def hide():
    try:
        risky()
    except ValueError:
        raise KeyError('clean') from None
try:
    hide()
except KeyError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
