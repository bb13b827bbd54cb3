from contextlib import contextmanager

@contextmanager
def transaction():
    print("begin")
    yield
    print("commit")
    raise RuntimeError("commit failed")

with transaction():
    print("work")
