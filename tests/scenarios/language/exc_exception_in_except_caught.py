try:
    try:
        1 / 0
    except ZeroDivisionError:
        print('handling ZeroDivisionError')
        {}['missing']
except KeyError as e:
    print('outer caught', repr(e))
    print('context:', repr(e.__context__))
    print('cause:', e.__cause__)
try:
    try:
        raise TypeError('first')
    finally:
        print('inner finally')
except TypeError as e:
    print('caught after finally', e)
try:
    try:
        raise ValueError('in try')
    finally:
        raise RuntimeError('in finally')
except RuntimeError as e:
    print(repr(e), 'context', repr(e.__context__))
