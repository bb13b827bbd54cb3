b = b'hello'
print(b, b[0], b[1:3], b[-1:], list(b[:2]), len(b))
print(b + b' world', b * 2, b'ell' in b, 104 in b)
print(b.upper(), b.split(b'l'), b.replace(b'l', b'L'), b.find(b'l'))
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes('abc', 'ascii'))
print(b'\x00\x7f\x80\xff', b'tab\tnl\n', b"quote'", b'"dq"', b'\\')
print(repr(b'it\'s "q"'))
print(b.hex(), bytes.fromhex('48 65 6c'), b'abc'.hex('-'))
print(b == 'hello', b.decode() == 'hello', b'a' < b'b')
for x in b'AZ':
    print(x, end=' ')
print()
try:
    b[0] = 72
except TypeError as e:
    print('TypeError:', e)
try:
    bytes([256])
except ValueError as e:
    print('ValueError:', e)
try:
    b + 'x'
except TypeError as e:
    print('TypeError:', e)
