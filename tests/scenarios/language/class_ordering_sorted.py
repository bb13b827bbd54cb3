import functools
@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split('.'))
        self.s = s
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return f'V{self.s}'
vs = [Version(s) for s in ['1.10', '1.2', '1.9.1', '0.9', '1.2.0']]
print(sorted(vs))
print(max(vs), min(vs))
print(Version('1.2') <= Version('1.2'), Version('2.0') > Version('1.99'), Version('1.0') >= Version('1.1'))
class Card:
    order = '23456789TJQKA'
    def __init__(self, r):
        self.r = r
    def __lt__(self, other):
        return self.order.index(self.r) < self.order.index(other.r)
    def __repr__(self):
        return self.r
cards = [Card(c) for c in 'KT2A9']
print(sorted(cards), sorted(cards, reverse=True))
try:
    Card('2') > 5
except TypeError as e:
    print('TypeError:', e)
try:
    Card('2') <= Card('3')
except TypeError as e:
    print('TypeError:', e)
