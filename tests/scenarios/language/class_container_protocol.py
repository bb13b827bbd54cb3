class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __delitem__(self, i):
        del self.items[i]
    def __contains__(self, x):
        print('  __contains__', x)
        return x in self.items
    def __iter__(self):
        return iter(self.items)
    def __reversed__(self):
        return reversed(self.items)
b = Bag('a', 'b', 'c', 'd')
print(len(b), b[0], b[-1], b[1:3])
b[0] = 'A'
del b[1]
print(list(b), 'c' in b, 'z' not in b)
print(list(reversed(b)), sorted(b, reverse=True), bool(b), bool(Bag()))
for i, x in enumerate(b):
    print(i, x)
try:
    b[10]
except IndexError as e:
    print('IndexError:', e)
