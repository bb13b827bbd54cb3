"""Shapes."""
print("init shapes", __name__, __package__)
from .square import area as square_area
from . import circle
VERSION = "1.0"
