pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (10 ** 20 + 1, 3)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2)
print(divmod(-7.5, 2))
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 13))
print(pow(-2, 3), pow(2, -2))
print(pow(3, -1, 7))
print(-3 ** 2, (-3) ** 2)
print(2 ** 3 ** 2)
print(17 % 5 * 2, 17 // 5 * 5 + 17 % 5)
