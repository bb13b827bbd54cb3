import math
print(math.pi, math.e, math.tau, math.inf, -math.inf)
print(math.sqrt(16), math.sqrt(2), math.isqrt(17), math.pow(2, 10), 2 ** 10)
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(2.7), math.floor(3), type(math.floor(2.5)).__name__)
print(math.factorial(20), math.gcd(12, 18, 24), math.lcm(4, 6, 10))
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.log1p(0))
print(math.exp(0), round(math.exp(1), 6), math.hypot(3, 4), math.dist((0, 0), (6, 8)))
print(round(math.sin(math.pi / 2), 10), round(math.cos(math.pi), 10), round(math.tan(0), 10))
print(math.degrees(math.pi), math.radians(180), round(math.atan2(1, 1), 6))
print(math.fabs(-3), math.fmod(7, -3), 7 % -3, math.remainder(7, 3), math.modf(3.75))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.2), math.prod([1, 2, 3, 4]))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.comb(52, 5), math.perm(4))
print(math.copysign(2, -0.0), math.frexp(8.0), math.ldexp(0.5, 4))
try:
    math.sqrt(-1)
except ValueError as e:
    print('ValueError:', e)
try:
    math.log(0)
except ValueError as e:
    print('ValueError:', e)
try:
    math.factorial(-1)
except ValueError as e:
    print('ValueError:', e)
