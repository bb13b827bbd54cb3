a = [1, 2, 3, 4, 5]
del a[0]
del a[-1]
print(a)
d = {'x': 1, 'y': 2}
del d['x']
print(d)
v = 10
w = v
del v
print(w, 'v' in globals())
class C:
    attr = 1
    def __init__(self):
        self.inst = 2
c = C()
del c.inst
del C.attr
print(hasattr(c, 'inst'), hasattr(C, 'attr'))
p, q = 1, 2
del p, q
print('p' in dir(), 'q' in dir())
def func():
    local = 1
    del local
    try:
        return local
    except UnboundLocalError as e:
        return f'UnboundLocalError: {e}'
print(func())
try:
    del d['missing']
except KeyError as e:
    print('KeyError:', e)
