class Thing:
    def __init__(self):
        self.size = 1
t = Thing()
try:
    t.colour
except AttributeError as e:
    print('AttributeError:', e)
try:
    Thing.missing
except AttributeError as e:
    print('AttributeError:', e)
try:
    (5).foo
except AttributeError as e:
    print('AttributeError:', e)
try:
    'abc'.push('d')
except AttributeError as e:
    print('AttributeError:', e)
try:
    [].add(1)
except AttributeError as e:
    print('AttributeError:', e)
try:
    None.upper()
except AttributeError as e:
    print('AttributeError:', e)
class Slotted:
    __slots__ = ('a',)
s = Slotted()
try:
    s.b = 1
except AttributeError as e:
    print('AttributeError:', e)
try:
    s.a
except AttributeError as e:
    print('AttributeError:', e)
