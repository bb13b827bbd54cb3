class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        print(f'  Money.__add__({other!r})')
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    def __radd__(self, other):
        print(f'  Money.__radd__({other!r})')
        return self.__add__(other)
    def __iadd__(self, other):
        print('  Money.__iadd__')
        self.cents += other.cents
        return self
    def __repr__(self):
        return f'Money({self.cents})'
m = Money(100)
print(m + Money(50))
print(5 + m)
print(sum([Money(1), Money(2)]))
m2 = m
m += Money(1)
print(m, m is m2)
try:
    m + 'x'
except TypeError as e:
    print('TypeError:', e)
