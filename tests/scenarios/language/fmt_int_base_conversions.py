for n in [0, 1, 10, 255, 4096, -31]:
    print(n, bin(n), oct(n), hex(n), f'{n:b}', f'{n:o}', f'{n:x}', f'{n:#010b}')
print(int('0x1F', 16), int('1F', 16), int('0o17', 8), int('0b1010', 2), int('z', 36), int('Z', 36))
print(int('  0x10 ', 0), int('10', 0), int('-0b11', 0))
try:
    int('08', 0)
except ValueError as e:
    print('ValueError:', e)
try:
    int('12', 2)
except ValueError as e:
    print('ValueError:', e)
try:
    int('10', 1)
except ValueError as e:
    print('ValueError:', e)
