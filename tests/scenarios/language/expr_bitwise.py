a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 2, a >> 2)
print(bin(a & b), bin(a | b), bin(a ^ b))
print(-1 >> 10, -16 >> 2, 1 << 100)
print(~0, ~-1, ~5, -(~5))
print(0xFF & 0x0F, 0xF0 | 0x0F, hex(0xDEAD ^ 0xBEEF))
x = 0b10110
print(x.bit_length(), bin(x).count('1'), (255).bit_length(), (0).bit_length())
flags = 0
for bit in (0, 3, 5):
    flags |= 1 << bit
print(flags, bin(flags), [i for i in range(8) if flags & (1 << i)])
print((-8) & 0xFF, -8 | 1, -8 ^ 3)
n = 12
print(n & (n - 1), n & -n)
print(True << 3, 5 & True)
