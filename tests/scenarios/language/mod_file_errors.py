import os
try:
    open('missing_file.txt')
except FileNotFoundError as e:
    print('FileNotFoundError:', e)
    print(e.errno, e.strerror, e.filename)
try:
    open('.', 'r').read()
except IsADirectoryError as e:
    print('IsADirectoryError:', e)
with open('data.txt', 'w') as f:
    f.write('x')
f = open('data.txt')
f.close()
try:
    f.read()
except ValueError as e:
    print('ValueError:', e)
try:
    with open('data.txt') as g:
        g.write('nope')
except Exception as e:
    print(type(e).__name__, e)
try:
    os.remove('missing_file.txt')
except OSError as e:
    print(type(e).__name__, e.errno)
os.remove('data.txt')
print(os.path.exists('data.txt'))
