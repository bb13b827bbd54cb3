name = 'Bob'
print('Hello %s!' % name)
print('%s is %d years and %.1f m' % ('Amy', 30, 1.68))
print('%5d|%-5d|%05d|%+d|% d' % (42, 42, 42, 42, 42))
print('%x %X %o %#x %#o %#X' % (255, 255, 8, 255, 8, 255))
print('%e %E %.2e %g %G %.3g' % (12345.678, 12345.678, 0.000123, 0.00001234, 1e20, 3.14159))
print('%5.2f|%-8.3f|%08.2f|%.0f' % (3.14159, 2.5, -1.5, 2.5))
print('%s %r %a' % ('中', '中', '中'))
print('%r %s' % ([1, 'a'], (1, 2)))
print('100%% sure, %d%%' % 50)
print('%(name)s is %(age)d' % {'name': 'Cy', 'age': 7})
print('%c%c' % (72, 'i'), '%s' % None, '%s' % True, '%d' % True, '%d' % 3.99)
print('%*d|%-*d|%.*f' % (5, 1, 4, 2, 2, 3.14159))
print('%s' % [1, 2], '%s' % ((1, 2),), '%10s|%-10s|' % ('r', 'l'))
try:
    print('%d %d' % (1,))
except TypeError as e:
    print('TypeError:', e)
try:
    print('%d' % 'x')
except TypeError as e:
    print('TypeError:', e)
try:
    print('%s %s' % ('a', 'b', 'c'))
except TypeError as e:
    print('TypeError:', e)
