for s in ['7', 'abc', 'hello world']:
    print('[' + s.center(9) + ']', '[' + s.ljust(9, '.') + ']', '[' + s.rjust(9, '*') + ']')
print('[' + 'ab'.center(5) + ']', '[' + 'ab'.center(6, '-') + ']', '[' + 'abc'.center(6) + ']')
print('42'.zfill(5), '-42'.zfill(5), '+7'.zfill(4), 'abc'.zfill(6), '12345'.zfill(3))
print('a\tbc\tdef\tg'.expandtabs(), '|', 'a\tbc\tdef'.expandtabs(4), '|', 'x\ty'.expandtabs(0))
print('12\t3\n\t4'.expandtabs(3))
print('中文'.center(8, '*'), '中文'.ljust(4) + '|')
try:
    'x'.center(5, '--')
except TypeError as e:
    print('TypeError:', e)
