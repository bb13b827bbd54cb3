try:
    import mutiprocessing
except ModuleNotFoundError as e:
    print('ModuleNotFoundError:', e, '| name:', e.name)
try:
    import no_such_module_xyz
except ImportError as e:
    print(type(e).__name__, isinstance(e, ImportError), e)
try:
    from math import tau, no_such_name
except ImportError as e:
    print('ImportError:', type(e).__name__, e.name, str(e).startswith("cannot import name 'no_such_name' from 'math'"))
from math import tau
print(round(tau, 5))
import math as m, json as j
print(m.floor(2.7), j.dumps([1]))
from collections import Counter as C, OrderedDict
print(C('aab'), OrderedDict(a=1))
