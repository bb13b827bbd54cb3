def sign(n):
    return 'positive' if n > 0 else 'negative' if n < 0 else 'zero'
for n in (5, -3, 0):
    print(n, sign(n))
x = 7
print('even' if x % 2 == 0 else 'odd')
print([('fizz' if i % 3 == 0 else '') + ('buzz' if i % 5 == 0 else '') or i for i in range(1, 16)])
print((lambda v: v * 2 if v else -1)(0), (lambda v: v * 2 if v else -1)(4))
y = None
z = y if y is not None else 'fallback'
print(z)
print(1 if True else 1 / 0)
print(max(3, 4) if 3 > 4 else min(3, 4))
