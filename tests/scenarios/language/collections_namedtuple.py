from collections import namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(3, 4)
print(p, p.x, p[1], p == (3, 4), len(p))
x, y = p
print(x + y, p._asdict(), p._replace(x=10), Point._fields)
Person = namedtuple('Person', 'name age city', defaults=['unknown'])
print(Person('Ann', 30), Person('Bo', 5, 'Oslo'))
print(Point._make([7, 8]), sorted([Point(2, 1), Point(1, 5)]))
try:
    p.x = 5
except AttributeError as e:
    print('AttributeError:', e)
try:
    Point(1)
except TypeError as e:
    print('TypeError:', e)
print(type(p).__name__, isinstance(p, tuple))
