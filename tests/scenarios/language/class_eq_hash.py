class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        if not isinstance(other, P):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f'P({self.x}, {self.y})'
a, b, c = P(1, 2), P(1, 2), P(3, 4)
print(a == b, a is b, a != c, a == (1, 2), a != 'x')
s = {a, b, c}
print(len(s), P(1, 2) in s)
d = {a: 'first'}
d[b] = 'second'
print(d)
class NoHash:
    def __eq__(self, other):
        return True
try:
    {NoHash()}
except TypeError as e:
    print('TypeError:', e)
print(NoHash.__hash__)
class Plain:
    pass
x = Plain()
print(x == x, x == Plain(), x != Plain(), len({x, x}))
print([P(0, 0), P(1, 2)].index(P(1, 2)), P(1, 2) in [P(1, 2)], [P(5, 5)].count(P(5, 5)))
