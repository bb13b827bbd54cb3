print('a,b,,c'.split(','))
print('  many   spaces here  '.split())
print('a b c d'.split(' ', 2))
print('a b c d'.rsplit(' ', 2))
print('one\ttwo\nthree  four'.split())
print(''.split(), ''.split(','), 'abc'.split(','))
print('a--b--c'.split('--'), 'x'.split('x'))
print('-'.join(['a', 'b', 'c']), ''.join('xyz'), ', '.join(map(str, [1, 2, 3])))
print(' '.join('中文字'))
try:
    print(','.join([1, 2]))
except TypeError as e:
    print('TypeError:', e)
try:
    'abc'.split('')
except ValueError as e:
    print('ValueError:', e)
print('k=v=w'.split('=', 1), 'k=v=w'.rsplit('=', 1))
print('line1\nline2\r\nline3\n'.splitlines())
print('line1\nline2\n'.splitlines(keepends=True))
print('a\n\nb'.split('\n'), 'a\n\nb'.splitlines())
