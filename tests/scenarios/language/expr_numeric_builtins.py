print(abs(-7), abs(-2.5), abs(3 + 4j))
print(min(4, 2, 8), max([1, 9, 3]), min('banana'), max('a', 'B'))
print(sum(range(101)), sum([0.1] * 10), sum([[1], [2]], []))
print(round(1234.5678, -2), round(1234.5678, 1), round(7), round(-0.5))
print(int('42'), int(42.9), int(-42.9), int('1_000_000'), 1_000_000)
print(float('3.5'), float('-inf'), float(' 2e3 '))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5))
print(complex(1, 2), (1 + 2j) * (3 - 1j), (2j) ** 2, abs(1j))
print((3 + 4j).real, (3 + 4j).imag, (3 + 4j).conjugate())
print(hex(255), oct(255), bin(255), chr(65), ord('a'), chr(0x4e2d))
print(int('z', 36), int('101', 2), format(255, 'b'))
print(isinstance(1, (int, float)), isinstance(1.0, int), isinstance(True, int))
print(type(1) is int, type(1.0).__name__, type(1j).__name__)
try:
    int('12a')
except ValueError as e:
    print('ValueError:', e)
try:
    float('abc')
except ValueError as e:
    print('ValueError:', e)
