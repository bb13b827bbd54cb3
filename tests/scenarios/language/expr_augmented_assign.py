x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x **= 3; print(x)
x %= 7; print(x)
x /= 4; print(x)
n = 6
n <<= 2; print(n)
n >>= 1; print(n)
n &= 0b1010; print(n)
n |= 1; print(n)
n ^= 0xF; print(n)
s = 'ab'
s *= 3; print(s)
s += 'c'; print(s)
lst = [1]
lst *= 3; print(lst)
lst += (9, 8); print(lst)
d = {'a': 1}
d |= {'b': 2}; print(d)
a = b = c = 0
a += 1
print(a, b, c)
x, y = 1, 2
x, y = y, x + y
print(x, y)
