def area(w, h=1):
    """Compute area.

    Multiplies width by height.
    """
    return w * h
print(area.__name__, area.__doc__.splitlines()[0])
print(area.__defaults__, area.__code__.co_argcount, area.__code__.co_varnames)
area.unit = 'm2'
print(area.unit, callable(area), callable(5))
def annotated(x: int, y: str = 'a') -> bool:
    return True
print(annotated.__annotations__)
print(type(area).__name__, area.__qualname__)
class K:
    def method(self):
        """Method doc."""
print(K.method.__qualname__, K.method.__doc__)
