s = 'Hello'
t = s
s += ' World'
print(s, '|', t)
print(s.lower().replace('world', 'there').title())
print('  Messy Input  '.strip().lower().split())
print('x'.join('abc').upper().center(11, '.'))
print(s.upper(), s)
print(id(s) == id(s))
print(s.__len__(), s.__contains__('Wor'), s.__getitem__(1), s.__add__('!'))
print(str(123).zfill(6)[::-1])
print('%s' % s.swapcase())
