d = {'a': 1, 'b': 2, 'c': 3}
print(d.keys(), d.values(), d.items())
print(d.pop('a'), d.pop('zz', 'default'), d)
print(d.setdefault('b', 99), d.setdefault('d', 4), d)
d.update({'b': 22, 'e': 5})
d.update(f=6)
d.update([('g', 7)])
print(d)
print(d.popitem(), d)
c = d.copy()
c['new'] = 1
print(len(d), len(c))
print(d | {'z': 0}, {'b': 0} | d)
d |= {'b': -1}
print(d)
try:
    d.pop('missing')
except KeyError as e:
    print('KeyError:', e)
d.clear()
print(d)
try:
    d.popitem()
except KeyError as e:
    print('KeyError:', e)
