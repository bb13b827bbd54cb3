class Dynamic:
    def __init__(self):
        self.real = 'real value'
    def __getattr__(self, name):
        if name.startswith('auto_'):
            return f'generated {name[5:]}'
        raise AttributeError(f'{type(self).__name__!r} has no {name!r}')
d = Dynamic()
print(d.real, d.auto_x, getattr(d, 'auto_y'), hasattr(d, 'zzz'))
try:
    d.zzz
except AttributeError as e:
    print('AttributeError:', e)
class Logged:
    def __setattr__(self, name, value):
        print(f'  set {name} = {value!r}')
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print(f'  del {name}')
        super().__delattr__(name)
o = Logged()
o.a = 1
o.a += 1
del o.a
print(vars(o))
class Frozen:
    def __init__(self, v):
        object.__setattr__(self, 'v', v)
    def __setattr__(self, k, v):
        raise AttributeError('frozen')
f = Frozen(3)
try:
    f.v = 4
except AttributeError as e:
    print('AttributeError:', e, f.v)
