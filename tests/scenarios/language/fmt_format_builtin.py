print(format(42), format(42, 'd'), format(42, 'x'), format(42, 'X'), format(42, 'o'), format(42, 'b'))
print(format(42, '#x'), format(42, '#o'), format(42, '#b'), format(255, '#X'))
print(format(3.5), format(3.5, 'f'), format(3.5, '.0f'), format(4.5, '.0f'), format(1 / 3, '.10f'))
print(format('text', '>10'), format('text', '^10') + '|', format('text', '.2'))
print(format(1234567, ','), format(1234567, '_'), format(0xDEADBEEF, '_x'))
print(format(-42, '08d'), format(42, '=+8d'), format(-42, '=8d'), format(42, ' d'))
print(format(0.5, '%'), format(0.12345, '.1%'), format(1, '.0%'))
print(format(True), format(True, 'd'), format(None), format([1, 2]))
print(format(65, 'c'), format(1e6, 'g'), format(1e16, 'g'), format(123456789, 'e'))
print(format('x', '*<3'), format('x', '0>3'), format(7, '0>3'))
try:
    format('abc', 'd')
except ValueError as e:
    print('ValueError:', e)
try:
    format(3.5, 'd')
except ValueError as e:
    print('ValueError:', e)
try:
    format(10, ',s')
except ValueError as e:
    print('ValueError:', e)
