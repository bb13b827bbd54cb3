class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), isinstance(s, list), type(s).__name__)
print(s + [4], type(s + [4]).__name__)
class UpperDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
u = UpperDict()
u['a'] = 1
print(u, u['A'], 'a' in u)
class Meters(float):
    def __repr__(self):
        return f'{float(self)}m'
m = Meters(2.5)
print(repr(m), m * 2, type(m * 2).__name__, m + 1)
class MyInt(int):
    def __str__(self):
        return f'MyInt<{int(self)}>'
print(MyInt(5), MyInt(5) + 1, repr(MyInt(7)))
