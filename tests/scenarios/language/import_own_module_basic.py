import sys
import helper
import helper as h2
from helper import double, Point
print(helper.double(21), double(4))
print(helper is h2, 'helper' in sys.modules, sys.modules['helper'] is helper)
print(helper.__name__, helper.__file__, __name__, __file__)
print(helper)
print(helper.__doc__)
print(Point(1, 2), type(Point(1, 2)), Point.__module__, Point.__qualname__)
print(helper.bump(), helper.bump(), h2.COUNT)
import helper
print(helper.COUNT)
print(sorted(k for k in vars(helper) if not k.startswith('__')))
print(helper.__package__ == '', __package__)
