d = {'b': 2, 'a': 1}
d['c'] = 3
d['b'] = 20
print(d, len(d), list(d))
del d['a']
d['a'] = 100
print(d)
print(d.get('z'), d.get('z', 0), d['c'], 'c' in d, 20 in d)
print(dict(x=1, y=2), dict([('k', 'v'), ('k2', 'v2')]), dict(zip('ab', [1, 2])))
print(dict.fromkeys('abc', 0), dict.fromkeys([1, 2]))
print({1: 'int', 1.0: 'float', True: 'bool'})
e = {}
e[(1, 2)] = 'tuple key'
e[None] = 'none key'
e[3.5] = 'float key'
print(e, e[1, 2])
try:
    e[[1, 2]] = 'list key'
except TypeError as err:
    print('TypeError:', err)
print({'a': 1, 'b': 2} == {'b': 2, 'a': 1}, list({'a': 1, 'b': 2}) == list({'b': 2, 'a': 1}))
