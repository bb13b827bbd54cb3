# A module's own __getattr__ (PEP 562), and a module put in sys.modules by hand is what import finds.
import sys, types
m = types.ModuleType("m")
m.__getattr__ = lambda name: name.upper()
print(m.hello)
sys.modules["m"] = m
from m import bye
print(bye)
import m as mm
print(mm is m)
sys.modules["gone"] = None
try:
    import gone
except ImportError as e:
    print(type(e).__name__, e)
print(getattr(m, "x"))
