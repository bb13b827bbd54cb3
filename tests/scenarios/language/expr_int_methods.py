n = 255
print(n.bit_length(), n.to_bytes(2, 'big'), n.to_bytes(2, 'little'))
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\x01\x00', 'little'))
print((10).__add__(5), (7).__mod__(3), (-5).__abs__())
print((12).as_integer_ratio(), (5).real, (5).imag, (5).numerator, (5).denominator)
print(int.__name__, (3).conjugate())
import math
print(math.gcd(48, 18), math.lcm(4, 6), math.isqrt(99), math.comb(10, 3), math.perm(5, 2))
print(str(10 ** 20), repr(-7), len(str(2 ** 1000)))
print(sum(int(d) for d in str(2 ** 100)))
print(1_0 + 0x_ff + 0o_17 + 0b_1)
print(0xff, 0o777, 0b1111, 1e3, 10e-1)
print(000, 0_0)
