import string
print(string.ascii_letters)
import time, os
print(hasattr(time, 'sleep'), hasattr(os, 'getpid'))
import sys
try:
    import extra
except ModuleNotFoundError as e:
    print(e)
sys.path.insert(0, 'lib')
import extra
print(extra.NAME, extra.__file__)
import nspkg.part
print(nspkg.part.PART, nspkg.part.__file__, list(nspkg.__path__))
import importlib
m = importlib.import_module('nspkg.part')
print(m is nspkg.part)
h = __import__('extra')
print(h is extra)
