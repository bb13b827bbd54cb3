class V:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        print(f'  V.__eq__({self.n}, {getattr(other, "n", other)})')
        return isinstance(other, V) and self.n == other.n
print(V(1) == V(1))
print(V(1) != V(2))
print(V(1) == 1)
print(1 == V(1))
print(V(3) in [V(1), V(3)])
print([V(1)] == [V(1)])
