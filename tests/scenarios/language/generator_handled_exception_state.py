# A generator sees its resumer's handled exception when it has none of its own, and
# keeps the one it handles across a yield; an exception escaping it chains to the caller's.
import sys
def gen():
    yield 1
    print("gen sees", repr(sys.exc_info()[1]))
    try:
        raise KeyError("in gen")
    except KeyError:
        yield 2
        print("gen handler sees", repr(sys.exc_info()[1]))
    yield 3
    raise IndexError("boom")

g = gen()
print(next(g))
try:
    raise ValueError("outer")
except ValueError:
    print(next(g))
    print("caller sees", repr(sys.exc_info()[1]))
print(next(g))
try:
    raise OSError("second")
except OSError:
    for x in g:
        print(x)
