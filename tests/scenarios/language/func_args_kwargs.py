def show(*args, **kwargs):
    print('args =', args, 'kwargs =', kwargs)
show()
show(1, 2)
show(a=1)
show(1, 'x', k=[1], z=None)
def total(first, *rest, scale=1, **opts):
    return (first + sum(rest)) * scale, opts
print(total(1), total(1, 2, 3), total(1, 2, scale=10, verbose=True))
nums = [4, 5, 6]
opts = {'scale': 2, 'debug': False}
print(total(*nums, **opts))
print(total(*range(3), *[10], **{'scale': -1}))
def kw_only(**kw):
    return sorted(kw.items())
print(kw_only(b=2, a=1), kw_only(**{'x': 1}, y=2))
try:
    kw_only(**{'a': 1}, a=2)
except TypeError as e:
    print('TypeError:', e)
try:
    total()
except TypeError as e:
    print('TypeError:', e)
