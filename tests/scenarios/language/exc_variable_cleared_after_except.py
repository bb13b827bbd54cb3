try:
    raise ValueError('temp')
except ValueError as err:
    saved = err
    print('inside:', err)
try:
    print(err)
except NameError as e:
    print('NameError:', e)
print('saved:', saved, type(saved).__name__)
err = 'rebound'
try:
    1 / 0
except ZeroDivisionError as err:
    pass
print('err' in dir())
