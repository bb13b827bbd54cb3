# bytes.replace works on bytes, not text: bytes that are not UTF-8 stay as they
# are, an empty pattern matches between every two bytes, and count limits it.
data = b'\xff\xfe-a-\xff'
print(data.replace(b'\xff', b'<>'))
print(data.replace(b'-', b''))
print(b'abc'.replace(b'', b'.'))
print(b'abc'.replace(b'', b'.', 2))
print(b'aaaa'.replace(b'aa', b'b'))
print(b'aaaa'.replace(b'a', b'bc', 3))
print(bytearray(b'x\x80y').replace(b'\x80', b'\x00'))
print(b''.replace(b'', b'z'))
print(b'abc'.replace(b'abcd', b'z'))
print('abc'.replace('', '-'), 'aXbXc'.replace('X', '', 1), 'ééé'.replace('é', 'e'))
print(','.join(['a'] * 3), b'-'.join([b'x', b'y']))
