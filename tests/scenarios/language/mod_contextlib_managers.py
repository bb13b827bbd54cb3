from contextlib import contextmanager, closing, suppress, nullcontext, ExitStack, ContextDecorator, AbstractContextManager
import contextlib

@contextmanager
def tag(name):
    """Wraps output in a tag."""
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("b") as t:
    print("inside", t)
print(tag.__name__, tag.__doc__, tag("x").__doc__)

@contextmanager
def swallow():
    try:
        yield
    except ValueError as e:
        print("swallowed", e)

with swallow():
    raise ValueError("oops")
print("after swallow")
try:
    with swallow():
        raise KeyError("k")
except KeyError as e:
    print("passed through", repr(e))

@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e, e.__cause__, e.__suppress_context__)

@contextmanager
def two_yields():
    yield 1
    yield 2
try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def keeps_going():
    try:
        yield
    except ZeroDivisionError:
        yield
try:
    with keeps_going():
        1 / 0
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def converts():
    try:
        yield
    except ZeroDivisionError as e:
        raise ValueError("converted") from e
try:
    with converts():
        1 / 0
except ValueError as e:
    print("ValueError:", e, repr(e.__cause__))

@contextmanager
def stops():
    yield
try:
    with stops():
        raise StopIteration("stop!")
except StopIteration as e:
    print("StopIteration passes:", e)

@tag("deco")
def decorated(x):
    print("decorated body", x)
    return x * 2
print(decorated(4)); print(decorated(5))

class Res:
    def __init__(self, n): self.n = n
    def close(self): print("closing", self.n)
with closing(Res(1)) as r:
    print("using", r.n)

with suppress(KeyError, IndexError):
    {}['x']
print("suppressed")
with suppress():
    pass
try:
    with suppress(KeyError):
        [][0]
except IndexError as e:
    print("not suppressed:", e)

with nullcontext() as n1, nullcontext(42) as n2:
    print(n1, n2)

class CM:
    def __init__(self, name, swallow=False): self.name, self.swallow = name, swallow
    def __enter__(self):
        print("enter", self.name); return self.name
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return self.swallow

with ExitStack() as stack:
    names = [stack.enter_context(CM(n)) for n in "abc"]
    stack.callback(print, "callback", 1, end="!\n")
    print("names", names)

with ExitStack() as stack:
    stack.enter_context(CM("outer", swallow=True))
    stack.enter_context(CM("inner"))
    raise ValueError("in stack")
print("stack swallowed")

with ExitStack() as stack:
    stack.enter_context(CM("x"))
    later = stack.pop_all()
print("popped")
later.close()

def failing_cb():
    raise KeyError("from callback")
try:
    with ExitStack() as stack:
        stack.callback(failing_cb)
        raise ValueError("body")
except KeyError as e:
    print("KeyError", e, "context:", repr(e.__context__))

try:
    with ExitStack() as stack:
        stack.enter_context(42)
except TypeError as e:
    print("TypeError:", e)


with ExitStack() as stack:
    @stack.push
    def exit_cb(et, ev, tb):
        print("push cb", et)
        return True
    stack.push(CM("pushed"))
    1 / 0
print("pushed ok")

class mycm(ContextDecorator):
    def __enter__(self):
        print("mycm enter"); return self
    def __exit__(self, *exc):
        print("mycm exit", exc[0]); return False
@mycm()
def work(): print("working")
work()

class ACM(AbstractContextManager):
    def __exit__(self, *a): print("ACM exit")
with ACM() as a:
    print(type(a).__name__)
try:
    AbstractContextManager()
except TypeError as e:
    print("TypeError:", e)
