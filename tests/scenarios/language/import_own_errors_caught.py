import sys
try:
    import nothing_here
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from helper import nope
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    import helper.sub
except ImportError as e:
    print(type(e).__name__, e)
for attempt in range(2):
    try:
        import broken
    except RuntimeError as e:
        print("attempt", attempt, e, 'broken' in sys.modules)
try:
    import bad_syntax
except SyntaxError as e:
    print(type(e).__name__, e, e.filename, e.lineno, e.offset, repr(e.text))
try:
    import circ_a
except ImportError as e:
    print(e)
try:
    from . import x
except ImportError as e:
    print(e)
import time, os
print(time.__name__, os.__name__)

