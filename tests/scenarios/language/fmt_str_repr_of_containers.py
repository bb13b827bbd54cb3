print([1.0, 2.50, 1e20, 1e-7, float('nan')])
print((1,), (), ((),), [()], [[]], {}, set(), frozenset())
print({1: 'a', 'b': [1, 2], (1, 2): None})
print([None, True, False, 'x', "y'z", b'bytes'])
print({'nested': {'deep': [1, {'x': (2,)}]}})
print(str([1, 'a']), repr([1, 'a']), str(['a\nb']), str(('中',)))
print({1, 2, 3}, frozenset({1}), {0.5}, set([3, 1, 2]))
print(range(5), range(1, 10, 2), slice(1, 5), slice(None, None, -1))
print(list(range(0)), [range(3)], type(range(3)).__name__)
a = [1, 2]
a.append(a)
print(a)
d = {'k': 1}
d['self'] = d
print(d)
print(reversed.__name__, len.__name__, print.__name__)
print(len, print, abs)
print(int, str, list, dict, type, object, Exception)
print(NotImplemented, Ellipsis, ...)
