# Two objects that opened one file with "w" each write at their own offset, from 0:
# the second overwrites the first's bytes (no append), as on Linux; "a" appends.
f1 = open('x.txt', 'w')
f2 = open('x.txt', 'w')
f1.write('{"count": 10}')
f1.flush()
f2.write('{"count": 9}')
f2.flush()
f1.close(); f2.close()
print(repr(open('x.txt').read()))
g = open('x.txt', 'a'); g.write('!'); g.close()
h = open('x.txt', 'w'); h.write('ab'); h.write('cd'); h.close()
print(repr(open('x.txt').read()))
