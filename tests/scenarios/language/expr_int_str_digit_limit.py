import sys
big = 10 ** 5000
print(big.bit_length(), big % 997, len(hex(big)))
try:
    s = str(big)
except ValueError as e:
    print('ValueError:', e)
print(len(str(10 ** 4299)))
try:
    int('9' * 5000)
except ValueError as e:
    print('ValueError:', e)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(6000)
print(len(str(big)))
print(str(2 ** 200))
