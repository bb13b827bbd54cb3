class A:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
a = A(1)
m = a.get
a.v = 2
print(m(), A.get(a), m.__self__ is a, m.__func__ is A.get)
methods = [A(i).get for i in range(3)]
print([f() for f in methods])
a.get = lambda: 'instance override'
print(a.get(), A.get(a))
del a.get
print(a.get())
def extra(self):
    return self.v * 100
A.extra = extra
print(a.extra(), A(5).extra())
print(type(a.get).__name__, type(A.get).__name__)
