# type(name, bases, dict) makes a class at run time, as a class statement does:
# methods, inheritance, __init_subclass__ and the class's repr.
def __init__(self, x, y):
    self.x = x
    self.y = y


def __repr__(self):
    return f"{type(self).__name__}({self.x}, {self.y})"


Point = type("Point", (), {"__init__": __init__, "__repr__": __repr__, "dims": 2})
p = Point(1, 2)
print(p, Point, Point.dims, type(Point), Point.__name__, Point.__bases__)


class Base:
    kinds = []

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Base.kinds.append(cls.__name__)

    def hello(self):
        return f"hello from {type(self).__name__}"


models = {name: type(name, (Base,), {"table": name.lower() + "s"}) for name in ["User", "Order"]}
print(Base.kinds, models["User"].table, models["Order"]().hello())
print(models["User"].__mro__, issubclass(models["Order"], Base))
Point3 = type("Point3", (Point,), {"z": 0, "__module__": "geometry"})
print(Point3, Point3(3, 4), Point3.z)
for bad in [("N", [], {}), (1, (), {}), ("N", (), [])]:
    try:
        type(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    type("N", ())
except TypeError as e:
    print("TypeError:", e)
