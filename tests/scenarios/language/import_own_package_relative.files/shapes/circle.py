print("init circle", __name__, __package__)
from .square import area
def area2(r):
    return 3 * area(r)
