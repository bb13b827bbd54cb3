x = 1 + 2 * 3
y = -x ** 2 // 4 % 5
z = x if y else (x, y)
w = x < y <= z and not w or [x, y][0]
s = f"{x!r:>{y}} and {z}"
