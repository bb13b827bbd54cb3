class Base:
    def hello(self):
        return 'Base'
class Left(Base):
    def hello(self):
        return 'Left>' + super().hello()
class Right(Base):
    def hello(self):
        return 'Right>' + super().hello()
class Child(Left, Right):
    def hello(self):
        return 'Child>' + super().hello()
print(Child().hello())
print([c.__name__ for c in Child.__mro__])
print([c.__name__ for c in Child.mro()])
class A: x = 'A'
class B(A): pass
class C(A): x = 'C'
class D(B, C): pass
print(D.x, [k.__name__ for k in D.__mro__])
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print('TypeError:', e)
class Mixin:
    def to_dict(self):
        return dict(vars(self))
class Item(Mixin):
    def __init__(self):
        self.a, self.b = 1, 2
print(Item().to_dict())
