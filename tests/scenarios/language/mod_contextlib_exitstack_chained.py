from contextlib import ExitStack, contextmanager

@contextmanager
def rollback():
    try:
        yield
    except KeyError:
        raise ValueError("rollback failed")

def cleanup(name):
    print("cleanup", name)
    raise OSError("cannot clean " + name)

with ExitStack() as stack:
    stack.callback(cleanup, "tmp")
    stack.enter_context(rollback())
    {}["missing"]
