a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union([9])), sorted(a.intersection(range(3))), sorted(a.difference({1})))
print(a.issubset(range(10)), a.issuperset({1, 2}), a.isdisjoint({7}), {1} < a, a <= a)
s = set()
s.add(3); s.add(1); s.add(3)
print(sorted(s), len(s))
s.update([5, 6], {7})
s.discard(100)
s.remove(5)
print(sorted(s))
try:
    s.remove(100)
except KeyError as e:
    print('KeyError:', e)
x = s.pop()
print(type(x).__name__, len(s))
print(set('hello') == set('olleh'), sorted(set('mississippi')), len(set([1, 1.0, True])))
fs = frozenset([1, 2])
print(fs, sorted(fs | {3}), {fs: 'frozen key'}[frozenset([2, 1])])
try:
    fs.add(3)
except AttributeError as e:
    print('AttributeError:', e)
try:
    {[1]}
except TypeError as e:
    print('TypeError:', e)
print(set(), {1, 2} == {2, 1}, {0, 1, 2, 3} - {0}, set(range(5)))
