s = '  \t hello world \n '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print('xxhixx'.strip('x'), '-=-abc=-='.strip('=-'), 'www.example.com'.strip('cmowz.'))
print('hello'.replace('l', 'L'), 'hello'.replace('l', 'L', 1), 'aaa'.replace('a', 'bb'))
print('abc'.replace('', '-'), 'hello'.replace('xyz', 'q'))
print('prefix_name'.removeprefix('prefix_'), 'file.txt'.removesuffix('.txt'), 'abc'.removeprefix('z'))
print('banana'.count('a'), 'banana'.count('an'), 'banana'.count(''), 'aaaa'.count('aa'))
print('hello'.find('l'), 'hello'.rfind('l'), 'hello'.find('z'), 'hello'.find('l', 3), 'hello'.find(''))
print('hello'.index('e'), 'hello'.rindex('l'))
try:
    'hello'.index('z')
except ValueError as e:
    print('ValueError:', e)
print('hello'.startswith('he'), 'hello'.endswith(('lo', 'x')), 'hello'.startswith('l', 2))
print('tic-tac'.translate(str.maketrans('-t', '_T')))
print('hello'.translate({ord('l'): None}))
