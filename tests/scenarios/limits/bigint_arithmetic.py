# Big integers at CPython's cost: a product of three-million-bit numbers, shifts,
# pow with a modulus, and the 4300-digit limit on conversion to decimal.
x = 3 ** 500000
y = x * x
print(x.bit_length(), y.bit_length())
print(y % 1000003, (y // x) == x)
z = (x << 100) >> 100
print(z == x, x >> 10**10, -x >> 10**10)
print(pow(3, 10**5, 10**9 + 7))
try:
    print(x)
except ValueError as e:
    print(e)
try:
    print(f"{x:d}")
except ValueError as e:
    print(e)
try:
    print("%d" % x)
except ValueError as e:
    print(e)
print(len(hex(x)))
try:
    1 << (1 << 63)
except MemoryError:
    print("MemoryError")
print(0 << 10**20, 1 ** 10**30, (-1) ** (10**30 + 1), 0 ** 0)
