n = 42
for spec in ['<8', '>8', '^8', '*<8', '*>8', '*^8', '08', '+08', '=8', '-^9', ' >+6']:
    print(repr(spec), '[' + format(n, spec) + ']', '[' + format(-n, spec) + ']')
for spec in ['10.2f', '<10.2f', '^10.2f', '010.2f', '+.3f', ' .1f', '=+10.1f']:
    print(repr(spec), '[' + format(3.14159, spec) + ']', '[' + format(-2.5, spec) + ']')
print('[' + format('中文', '^6') + ']', '[' + format('ab', '~^7') + ']')
