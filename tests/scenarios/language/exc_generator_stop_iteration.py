# PEP 479: a StopIteration escaping a generator becomes RuntimeError (cause and context set).
def inner():
    raise StopIteration
def gen():
    inner()
    yield 1
try:
    next(gen())
except RuntimeError as e:
    print(type(e.__cause__).__name__, type(e.__context__).__name__, e.__suppress_context__)
def gen2():
    raise StopIteration
    yield 1
next(gen2())
