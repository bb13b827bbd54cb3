def f():
    return g()

def g():
    raise ValueError("deep in helper")
