print('{:<10}|{:>10}|{:^10}|'.format('left', 'right', 'center'))
print('{0:.3} {0:.3f} {0:.3e} {0:.3%}'.format(0.123456))
print('{:,d} {:_b} {:#010x} {:+.2f}'.format(9876543210, 255, 255, 2))
print('{0!r:>10}|{0!s:<10}|'.format('q'))
import math
print('{0.pi:.4f} {0.e:.4f}'.format(math))
point = {'x': 1.5, 'y': -2}
print('x={x:5.1f} y={y:+d}'.format(**point))
data = [('apple', 1.5, 3), ('banana', 0.25, 12), ('cherry', 10.0, 100)]
print('{:<10}{:>8}{:>6}'.format('item', 'price', 'qty'))
for item, price, qty in data:
    print('{:<10}{:>8.2f}{:>6d}'.format(item, price, qty))
print('{:-^24}'.format(' total '))
print('{:>24.2f}'.format(sum(p * q for _, p, q in data)))
print('{0}{1}{0}'.format('-', '=') * 3)
print('{:c}{:c}'.format(20013, 25991))
try:
    '{0} {}'.format(1, 2)
except ValueError as e:
    print('ValueError:', e)
