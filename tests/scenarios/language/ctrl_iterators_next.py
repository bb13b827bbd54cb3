it = iter([10, 20, 30])
print(next(it), next(it), next(it), next(it, 'done'), next(it, None))
try:
    next(it)
except StopIteration:
    print('StopIteration raised')
s = iter('ab')
print(list(s), list(s))
d = {'k1': 1, 'k2': 2}
di = iter(d)
print(next(di), next(di))
it2 = iter([1, 2, 3, 4, 5])
for x in it2:
    if x == 2:
        print('skip next:', next(it2))
    else:
        print('x', x)
print(iter(it2) is it2)
calls = [0]
def counter():
    calls[0] += 1
    return calls[0]
print(list(iter(counter, 4)))
try:
    next([1, 2])
except TypeError as e:
    print('TypeError:', e)
try:
    iter(5)
except TypeError as e:
    print('TypeError:', e)
