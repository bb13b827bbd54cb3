print('key=value=more'.partition('='))
print('key=value=more'.rpartition('='))
print('no separator'.partition('='))
print('no separator'.rpartition('='))
print('a.b.c'.partition('.')[2], 'a.b.c'.rpartition('.')[0])
url = 'https://example.com/path/to/page'
scheme, _, rest = url.partition('://')
host, _, path = rest.partition('/')
print(scheme, host, path)
try:
    'abc'.partition('')
except ValueError as e:
    print('ValueError:', e)
