import shapes.solid.cube
print(shapes.solid.cube.volume(3))
print(shapes.square_area(4), shapes.circle.area2(2))
from shapes import square, VERSION
print(square.area(5), VERSION)
from shapes.solid import cube as c
print(c is shapes.solid.cube, c.__name__, c.__file__, shapes.__file__, shapes.__path__, shapes.solid.__path__)
import sys
print(sorted(k for k in sys.modules if k.startswith('shapes')))
print(shapes)
print(shapes.__doc__, shapes.square.__doc__)
try:
    import shapes.too_far
except ImportError as e:
    print(type(e).__name__, e)
try:
    from shapes import missing
except ImportError as e:
    print(type(e).__name__, e)
print('shapes.too_far' in sys.modules)
import shapes.nothing
