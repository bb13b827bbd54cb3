class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f'Point({self.x!r}, {self.y!r})'
    def __str__(self):
        return f'({self.x}, {self.y})'
p = Point(1, 'a')
print(p)
print(repr(p), str(p), f'{p}', f'{p!r}', '%s %r' % (p, p))
print([p, Point(2, 3)])
print({'k': p}, (p,))
class OnlyRepr:
    def __repr__(self):
        return 'OnlyRepr()'
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
class OnlyStr:
    def __str__(self):
        return 'just str'
o = OnlyStr()
print(o, [str(o)], repr(o).startswith('<__main__.OnlyStr object at 0x'))
class BadStr:
    def __str__(self):
        return 42
try:
    print(BadStr())
except TypeError as e:
    print('TypeError:', e)
