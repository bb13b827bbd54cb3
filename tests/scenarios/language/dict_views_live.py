d = {'x': 1, 'y': 2}
k = d.keys()
v = d.values()
it = d.items()
d['z'] = 3
print(k, v, it)
print(len(k), 'z' in k, 2 in v, ('x', 1) in it)
print(k & {'x', 'q'}, sorted(k | {'w'}), sorted(k - {'x'}))
print(list(reversed(d)), list(reversed(d.values())))
try:
    for key in d:
        if key == 'x':
            d['new'] = 0
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    for key in d:
        del d[key]
except RuntimeError as e:
    print('RuntimeError:', e)
print(d)
for key in list(d):
    if key != 'z':
        del d[key]
print(d)
try:
    k[0]
except TypeError as e:
    print('TypeError:', e)
