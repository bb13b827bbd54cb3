values = [1, 2, 3]
try:
    print(valuse)
except NameError as e:
    print('NameError:', e)
try:
    prnt('x')
except NameError as e:
    print('NameError:', e)
try:
    undefined_thing
except NameError as e:
    print('NameError:', e, '| name =', e.name)
try:
    del never_defined
except NameError as e:
    print('NameError:', e)
x = 5
del x
try:
    x
except NameError as e:
    print('NameError:', e)
