import operator as o
from operator import itemgetter, attrgetter, methodcaller
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(o.itemgetter)
t(o.itemgetter(1))
t(o.itemgetter(1), [1], [2])
t(o.itemgetter(5), [1])
t(o.itemgetter(0, 2), 'abc')
t(o.attrgetter, 1)
t(o.attrgetter)
t(o.attrgetter('x'), 1)
t(o.attrgetter('real.x'), 1)
t(o.attrgetter('real.numerator', 'imag'), 5)
t(o.methodcaller)
t(o.methodcaller, 1)
t(o.methodcaller('zz'), 1)
t(o.methodcaller('split', ','), 'a,b')
t(o.methodcaller('split', sep='-', maxsplit=1), 'a-b-c')
print(repr(o.itemgetter(1, 'a')), repr(o.attrgetter('a', 'b.c')), repr(o.methodcaller('f', 1, k='v')))
t(o.concat, 1, 2)
t(o.concat, [1], (2,))
t(o.concat, 'ab', 'cd')
t(o.index, 1.5); t(o.index, 7); t(o.index, True)
t(o.length_hint, iter(()))
t(o.length_hint, [1, 2])
t(o.length_hint, 5)
t(o.length_hint, 5, 'x')
t(o.length_hint, 5, 7)
t(o.add, 1, 'a')
t(o.truediv, 1, 0)
t(o.countOf, [1,2,1], 1)
t(o.indexOf, [1,2,1], 2)
t(o.indexOf, [1,2,1], 3)
t(o.getitem, [1], 3)
t(o.getitem, {'a': 1}, 'a')
t(o.neg, 'a')
t(o.inv, 5); t(o.invert, 5); t(o.not_, 0); t(o.truth, []); t(o.truth, [0])
t(o.is_, None, None); t(o.is_not, None, 1)
t(o.call, len, [1,2])
t(o.iadd, [1], [2])
t(o.iconcat, 1, [2])
t(o.iconcat, [1], [2])
class L:
    def __length_hint__(self): return 'x'
t(o.length_hint, L())
class L2:
    def __length_hint__(self): return -1
t(o.length_hint, L2())
class L3:
    def __length_hint__(self): return NotImplemented
t(o.length_hint, L3(), 4)
print(sorted([(1,'b'),(0,'c'),(2, 'a')], key=o.itemgetter(1)))
t(o.pow, 2, 10); t(o.matmul, 1, 2); t(o.lshift, 1, 3); t(o.rshift, 16, 2)
t(o.mod, 7, 3); t(o.floordiv, 7, 2); t(o.mul, 'ab', 3); t(o.sub, 5, 8); t(o.xor, 6, 3); t(o.and_, 6, 3); t(o.or_, 6, 3)
t(o.lt, 1, 2); t(o.le, 2, 2); t(o.eq, 1, 1.0); t(o.ne, 1, 2); t(o.gt, 1, 2); t(o.ge, 3, 2)
t(o.lt, 1, 'a')
t(o.contains, [1, 2], 2)
d = {'a': 1}
o.setitem(d, 'b', 2); o.delitem(d, 'a'); print(d)
t(o.delitem, d, 'zz')
x = [1]; y = o.iadd(x, [2]); print(x is y, x)
n = 5; print(o.iadd(n, 1), n, o.isub(5, 1), o.imul(3, 3), o.itruediv(7, 2), o.ifloordiv(7, 2), o.imod(7, 2), o.ipow(2, 5), o.ilshift(1, 4), o.irshift(32, 2), o.iand(7, 2), o.ior(1, 2), o.ixor(3, 1))
print(o.__add__(1, 2), o.__not__(1), o.abs(-3), o.pos(-2))
class P:
    def __init__(self, name, age): self.name, self.age = name, age
    def greet(self, g): return f"{g}, {self.name}"
ps = [P('bo', 3), P('al', 5), P('cy', 1)]
print([p.name for p in sorted(ps, key=attrgetter('age'))])
print(list(map(methodcaller('greet', 'hi'), ps)))
print(max(ps, key=attrgetter('age')).name)
from functools import reduce
print(reduce(o.mul, range(1, 6)), reduce(o.add, ['a', 'b', 'c']))
print(type(itemgetter(1)), itemgetter(1).__class__.__name__)
print(list(map(itemgetter(0), [(1, 2), (3, 4)])))
