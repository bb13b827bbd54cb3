vals = [0.5, 1.5, 2.5, 3.5, 4.5, -0.5, -1.5, -2.5, 10.5, 11.5]
print([round(v) for v in vals])
print([round(v, 1) for v in [0.05, 0.15, 0.25, 0.35, 0.45, 0.55]])
print([round(n, -1) for n in [5, 15, 25, 35, 45, 55]])
print([round(n, -2) for n in [50, 150, 250, 1250]])
print(round(2 ** 0.5, 4), round(-1.23456, 2), round(1e20 + 0.5))
import math
print(math.floor(2.5), math.ceil(2.5), math.trunc(-2.5), math.floor(-2.5), math.ceil(-2.5))
print(int(2.5 + 0.5), int(-2.5 - 0.5))
print(round(3.14159, None), round(3.7, 0))
