class Record:
    fields = ('name', 'qty', 'price')
    def __init__(self, *args):
        if len(args) != len(self.fields):
            raise TypeError(f'expected {len(self.fields)} args, got {len(args)}')
        for f, a in zip(self.fields, args):
            setattr(self, f, a)
    def __repr__(self):
        inner = ', '.join(f'{f}={getattr(self, f)!r}' for f in self.fields)
        return f'{type(self).__name__}({inner})'
    def __eq__(self, other):
        return all(getattr(self, f) == getattr(other, f) for f in self.fields)
    @property
    def total(self):
        return self.qty * self.price
rows = [Record('pen', 3, 1.5), Record('book', 1, 12.0)]
print(rows)
print([r.total for r in rows], rows[0] == Record('pen', 3, 1.5))
try:
    Record('x')
except TypeError as e:
    print('TypeError:', e)
