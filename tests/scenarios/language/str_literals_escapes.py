print('single', "double", '''triple
line''', """another""")
print('tab:\tend', 'newline:\nnext')
print('backslash: \\ quote: \' dquote: \"')
print("it's", 'say "hi"')
print(r'raw \n stays', r'C:\new\table')
print('\x41\x42', '\u4e2d\u6587', '\N{GREEK SMALL LETTER ALPHA}', '\101')
print('con' 'cat' "enated")
print(len('\n'), len(r'\n'), len('\u4e2d'))
s = 'a\
b'
print(s)
print('bell-free: \a'.replace('\a', '<BEL>'))
print('null\0char'.split('\0'))
print(b'bytes \x00\xff', '\r\n'.encode())
