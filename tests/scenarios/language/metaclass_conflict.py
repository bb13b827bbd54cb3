# The most derived metaclass wins: a class inherits its bases' metaclass, and two
# unrelated metaclasses among the bases are CPython's "metaclass conflict".
class Meta(type):
    pass


class SubMeta(Meta):
    pass


class Other(type):
    pass


class A(metaclass=Meta):
    pass


class B(A):  # inherits Meta
    pass


class C(metaclass=SubMeta):
    pass


class D(B, C):  # SubMeta derives from Meta: it wins
    pass


class E(A, metaclass=type):  # type is less derived than Meta: Meta wins
    pass


print(type(B).__name__, type(D).__name__, type(E).__name__)


class X(metaclass=Other):
    pass


try:
    class Y(A, X):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Z(A, metaclass=Other):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    type("W", (A, X), {})
except TypeError as e:
    print("TypeError:", e)


class Plain:
    pass


try:
    class K(Plain, flag=True):
        pass
except TypeError as e:
    print("TypeError:", e)


class Y(A, X):
    pass
