a = [1, 2, 3]
b = a
c = [1, 2, 3]
print(a is b, a is c, a == c, a is not c)
print(2 in a, 4 not in a, 'ell' in 'hello', 'xyz' in 'hello', '' in 'abc')
d = {'k': 1, 'v': 2}
print('k' in d, 1 in d, 1 in d.values(), ('k', 1) in d.items())
print(3 in range(0, 10, 3), 4 in range(0, 10, 3), 10 in range(10))
print(None in [None], [] in [[]], (1, 2) in [(1, 2)])
print(1 in {1: 'x'}, 'a' in {'a', 'b'}, 2.0 in {1, 2, 3})
s = 'a'
print(s is not None, type(None).__name__)
e = []
f = e
e += [1]
print(e, f, e is f)
t = (1,)
u = t
t += (2,)
print(t, u, t is u)
