ba = bytearray(b'hello')
print(ba, len(ba))
ba[0] = 72
print(ba)
ba.append(33)
ba.extend(b' ok')
print(ba, ba.decode())
ba[1:5] = b'EY'
print(ba)
del ba[0]
print(ba, ba.pop(), ba)
print(bytearray(4), bytearray([1, 2, 3]), bytes(bytearray(b'x')))
print(bytearray(b'abc') == b'abc', bytearray(b'ab') + b'cd')
ba2 = bytearray()
for i in range(5):
    ba2.append(ord('a') + i)
print(ba2, ba2.upper(), ba2[::-1], ba2.find(b'c'), ba2.count(b'a'))
print(repr(bytearray(b"'")))
