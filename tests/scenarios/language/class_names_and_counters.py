# Class-level counters, classes made with type(), and renaming a class.
class Ticket:
    sold = 0

    def __init__(self):
        Ticket.sold += 1


for _ in range(1000):
    Ticket()
print(Ticket.sold)
C = type('Point', (object,), {'__module__': 'geometry', 'x': 1})
print(C, C.__module__, C.__qualname__, C().x)
D = type('Local', (), {})
print(D, D.__module__)
D.__name__ = 'Renamed'
D.__qualname__ = 'Outer.Renamed'
print(D, D.__name__, D.__qualname__, repr(D())[:28])
