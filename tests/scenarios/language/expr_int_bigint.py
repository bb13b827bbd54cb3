print(2 ** 100)
print(2 ** 64 - 1)
f = 1
for i in range(1, 51):
    f *= i
print(f)
print(len(str(f)))
print(-(2 ** 70))
print(10 ** 30 // 7, 10 ** 30 % 7)
print(123456789 * 987654321 * 111111111)
print((2 ** 100) == 1267650600228229401496703205376)
print(type(2 ** 100).__name__)
print(2 ** -1, 2 ** 0)
print(int("123456789012345678901234567890") + 1)
print(abs(-10 ** 25))
print(int("-000042"), int("  17  "), int("ff", 16), int("0b101", 0), int("777", 8))
print(bin(255), oct(8), hex(-255))
