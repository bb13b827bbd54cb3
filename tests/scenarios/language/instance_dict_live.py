# An instance's __dict__ is where its attributes live: changes through it, vars() and
# __dict__ assignment are the instance's; __slots__ classes have none.
class A:
    def __init__(self, **kw):
        self.__dict__.update(kw)

a = A(x=1, y=2)
print(a.x, a.y, vars(a))
vars(a)['z'] = 3
print(a.z)
a.w = 4
print(a.__dict__)
d = a.__dict__
del a.x
print(d, 'x' in d)
d.clear()
print(getattr(a, 'y', None), vars(a))
a.__dict__ = {'k': 9}
print(a.k, d)
try:
    a.__dict__ = 5
except TypeError as e:
    print(e)
class S:
    __slots__ = ('p',)
try:
    S().__dict__
except AttributeError as e:
    print(e)
class B:
    pass
b = B()
def own(): return 'own'
b.__dict__['m'] = own
print(b.m())
object.__setattr__(b, 'q', 5)
print(sorted(k for k in b.__dict__ if isinstance(k, str)), b.__dict__[1] if 1 in b.__dict__ else '-')
vars(b)[1] = 2
print(sorted(k for k in b.__dict__ if isinstance(k, str)), b.__dict__[1] if 1 in b.__dict__ else '-')
import copy, pickle
c = copy.copy(a); print(c.k, c.__dict__ is a.__dict__)
c = copy.deepcopy(a); print(c.k)
e = pickle.loads(pickle.dumps(a)); print(e.k, vars(e))
class M:
    def __init__(self):
        self.__dict__['hidden'] = 1
    def meth(self): return 'class'
m = M()
m.__dict__['meth'] = lambda: 'inst'
print(m.meth(), m.hidden)
class E(Exception): pass
x = E('a'); x.__dict__['code'] = 7; print(x.code, x.__dict__)
