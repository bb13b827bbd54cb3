import math
inf = float('inf')
nan = float('nan')
print(inf > 1e308, -inf < -1e308, inf == inf, inf - inf)
print(nan == nan, nan != nan, nan < 1, nan > 1)
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1.0))
print(inf * 0, inf + 1, 1 / inf, -1 / inf)
print(max(1, inf), min(-inf, 0))
print([nan] == [nan])
x = nan
print(x is x, [x] == [x])
print(float('1e500'), float('-1e500'))
print(math.copysign(1, -0.0), math.copysign(3, 0.0))
try:
    print(1.0 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1 // 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(5 % 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    int(inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(nan)
except ValueError as e:
    print("ValueError:", e)
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print("OverflowError:", e)
