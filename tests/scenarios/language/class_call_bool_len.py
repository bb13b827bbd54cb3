class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x):
        return x * self.k
triple = Multiplier(3)
print(triple(5), callable(triple), list(map(triple, [1, 2])))
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        print('  __bool__ called')
        return self.on
print(bool(Flag(True)), 'yes' if Flag(False) else 'no', not Flag(True))
class Sized:
    def __len__(self):
        return 0
print(bool(Sized()), 'truthy' if Sized() else 'falsy')
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print('TypeError:', e)
class NegLen:
    def __len__(self):
        return -1
try:
    len(NegLen())
except ValueError as e:
    print('ValueError:', e)
