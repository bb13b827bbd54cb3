# Descriptors: __set_name__ tells each field its name, __get__/__set__/__delete__ run
# on attribute access (a data descriptor wins over the instance's own attribute).
class Typed:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default

    def __set_name__(self, owner, name):
        print(f"{owner.__name__}.{name} is a {self.kind.__name__}")
        self.name = name
        self.slot = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.slot, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.slot, value)

    def __delete__(self, obj):
        print(f"resetting {self.name}")
        delattr(obj, self.slot)


class Lazy:
    """A non-data descriptor: computed once, then the instance's attribute hides it."""

    def __init__(self, func):
        self.func = func

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        print(f"computing {self.name}")
        value = self.func(obj)
        obj.__dict__[self.name] = value
        return value


class Product:
    name = Typed(str, "?")
    price = Typed(float, 0.0)

    def __init__(self, name, price):
        self.name = name
        self.price = price

    @Lazy
    def label(self):
        return f"{self.name} at {self.price:.2f}"


p = Product("tea", 2.5)
print(p.name, p.price, p.label, p.label)
try:
    p.price = "cheap"
except TypeError as e:
    print("TypeError:", e)
del p.price
print(p.price, type(Product.name).__name__, Product.name.slot, type(Product.label).__name__)
print(sorted(k for k in vars(p)))


class Temperature:
    def __init__(self):
        self._celsius = 0.0

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._celsius = value

    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._celsius = 0.0

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32


t = Temperature()
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 3
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(t.celsius)
