# What a student's class-heavy program reaches for: __slots__ through inheritance,
# dataclasses (defaults, order, frozen), total_ordering, __init_subclass__ with
# keywords and __class_getitem__.
from dataclasses import dataclass, field, FrozenInstanceError
from functools import total_ordering


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


class Point3(Point):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


p = Point3(1, 2, 3)
print(p.x, p.y, p.z, Point3.__slots__, hasattr(p, "__dict__"))
try:
    p.w = 4
except AttributeError as e:
    print("AttributeError:", e)


@dataclass(order=True)
class Student:
    grade: int
    name: str = field(compare=False)
    scores: list = field(default_factory=list, repr=False, compare=False)

    def average(self):
        return sum(self.scores) / len(self.scores) if self.scores else 0.0


class_list = [Student(3, "Bo", [80, 90]), Student(1, "Ana"), Student(2, "Cy", [70])]
print(sorted(class_list))
print(max(class_list).name, class_list[0].average(), Student(1, "X") == Student(1, "Y"))


@dataclass(frozen=True)
class Money:
    amount: int
    currency: str = "EUR"


m = Money(5)
try:
    m.amount = 6
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(m, {m: "five"}[Money(5, "EUR")])


@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(x) for x in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


versions = [Version("1.10"), Version("1.2"), Version("1.2.1")]
print(sorted(versions), Version("2.0") >= Version("1.9"), Version("1.0") > Version("1.0"))


class Shape:
    kinds = {}

    def __init_subclass__(cls, /, sides=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.sides = sides
        Shape.kinds[cls.__name__] = sides


class Triangle(Shape, sides=3):
    pass


class Square(Shape, sides=4):
    pass


print(Shape.kinds, Triangle.sides)


class Registry:
    def __class_getitem__(cls, key):
        return f"{cls.__name__}[{key.__name__}]"


print(Registry[int], Registry[Square])


class Plugin:
    def __init_subclass__(cls, **kwargs):
        print("Plugin hook for", cls.__name__, kwargs)
        super().__init_subclass__()


class Exporter(Plugin):
    def __init_subclass__(cls, fmt="txt", **kwargs):
        print("Exporter hook for", cls.__name__, fmt)
        super().__init_subclass__(**kwargs)


class CSV(Exporter, fmt="csv", strict=True):
    pass


print(type(Plugin.__dict__["__init_subclass__"]).__name__)
