# abc.ABCMeta is a metaclass: abstract methods (and abstract properties) stop a class
# from being instantiated, register() makes virtual subclasses, and a metaclass can
# derive from ABCMeta.
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__}: area {self.area()}, perimeter {self.perimeter()}"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


class RealSquare(Square):
    def perimeter(self):
        return 4 * self.side


for cls in (Shape, Square, RealSquare):
    try:
        print(cls(3).describe())
    except TypeError as e:
        print("TypeError:", e)
print(type(Shape), sorted(Shape.__abstractmethods__), sorted(Square.__abstractmethods__), RealSquare.__abstractmethods__)


class Named(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self):
        ...


class Dog(Named):
    @property
    def name(self):
        return "dog"


try:
    Named()
except TypeError as e:
    print("TypeError:", e)
print(Dog().name)


class Drawable(ABC):
    pass


class Sprite:
    pass


Drawable.register(Sprite)
print(isinstance(Sprite(), Drawable), issubclass(Sprite, Drawable), isinstance(3, Drawable), issubclass(RealSquare, Shape))


class LoudMeta(ABCMeta):
    def __new__(mcs, name, bases, namespace):
        print("making", name)
        return super().__new__(mcs, name, bases, namespace)


class Widget(Drawable, metaclass=LoudMeta):
    @abstractmethod
    def draw(self):
        ...


class Button(Widget):
    def draw(self):
        return "[ok]"


print(type(Button).__name__, Button().draw(), isinstance(Button(), Drawable))
try:
    Widget()
except TypeError as e:
    print("TypeError:", e)
