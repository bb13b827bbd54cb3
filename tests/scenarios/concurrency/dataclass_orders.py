from dataclasses import dataclass, field, asdict
from typing import List


@dataclass(order=True)
class Order:
    priority: int
    name: str = field(compare=False)
    items: List[str] = field(default_factory=list, compare=False)


orders = [Order(3, "c"), Order(1, "a", ["x"]), Order(2, "b")]
print(sorted(orders))
print(asdict(orders[1]))
print(Order(1, "z") == Order(1, "y"))


@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0


p = Point(1)
try:
    p.x = 5
except Exception as e:
    print(type(e).__name__, e)
print(p, hash(p) == hash(Point(1, 0)))
