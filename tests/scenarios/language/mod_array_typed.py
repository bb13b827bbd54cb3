# array: typed arrays of numbers, their reprs, conversions to and from bytes,
# and the errors CPython gives for a value out of the type's range.
import array

print(array.array('i', [1, 2]), array.array('d'), array.array('b', b'ab'), array.array('f', [0.1])[0])
for code, value in [('b', 200), ('B', 300), ('h', 70000), ('i', 2 ** 40), ('l', 2 ** 70), ('I', -1), ('b', -129)]:
    try:
        array.array(code, [value])
    except OverflowError as e:
        print(code, 'OverflowError:', e)
try:
    array.array('i', [1.5])
except TypeError as e:
    print('TypeError:', e)
try:
    array.array('x')
except ValueError as e:
    print('ValueError:', e)
a = array.array('i', [1, 2, 3])
print(a[1:], a * 2, a + a, a.itemsize, a.typecode, a.tobytes(), a.tolist(), array.typecodes)
a.append(4)
a.extend([5])
a.insert(0, 0)
print(a.pop(), a.index(2), a.count(1), a, len(a), a.buffer_info()[1], 3 in a, sum(a))
try:
    a.append('x')
except TypeError as e:
    print('TypeError:', e)
try:
    array.array('i', [1]) + array.array('d', [1])
except TypeError as e:
    print('TypeError:', e)
b = array.array('H')
b.frombytes(b'\x01\x00\x02\x00')
b.byteswap()
print(b, array.array('u', 'hi'), array.array('d', [1, 2.5]) == array.array('d', [1.0, 2.5]))
a[0] = 10
a[1:3] = array.array('i', [7, 8])
del a[-1]
print(a, list(reversed(a)), sorted(a))
