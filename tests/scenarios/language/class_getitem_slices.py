class Seq:
    def __getitem__(self, key):
        if isinstance(key, slice):
            return f'slice start={key.start} stop={key.stop} step={key.step}'
        if isinstance(key, tuple):
            return f'tuple {key}'
        return f'item {key!r}'
s = Seq()
print(s[1])
print(s[1:5])
print(s[::2])
print(s[1:2, 3])
print(s['key'])
print(s[...])
print(s[-1:])
print(slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4))
