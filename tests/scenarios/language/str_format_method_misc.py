print('{} + {} = {}'.format(1, 2, 3))
print('{0}{1}{0}'.format('ab', 'cd'))
print('{name} is {age}'.format(name='Ann', age=30))
print('{0[0]} {0[2]} {1[key]}'.format([10, 20, 30], {'key': 'val'}))
class P:
    x = 3
    y = 4
print('({0.x}, {0.y})'.format(P()))
print('{{literal}} {}'.format('x'))
print('{:>8}|{:<8}|{:^8}|'.format('r', 'l', 'c'))
print('{:*^10}'.format('mid'), '{:08.3f}'.format(3.14159), '{:,}'.format(1234567))
print('{!r} {!s} {!a}'.format('hi', 'hi', 'é'))
print('{0:{1}}|'.format('w', 5), '{:{fill}>{width}}'.format(7, fill='0', width=4))
d = {'a': 1, 'b': 2}
print('{a}-{b}'.format(**d), '{a}'.format_map(d))
try:
    print('{} {}'.format(1))
except IndexError as e:
    print('IndexError:', e)
try:
    print('{x}'.format(y=1))
except KeyError as e:
    print('KeyError:', e)
