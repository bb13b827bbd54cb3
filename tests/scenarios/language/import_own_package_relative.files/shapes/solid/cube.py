from ..square import area
from .. import VERSION
def volume(s):
    return area(s) * s
print("init cube", __name__, __package__, VERSION)
