from contextlib import contextmanager

@contextmanager
def timer(label):
    print("start", label)
    yield
    print("stop", label)

@timer("job")
def job(n):
    return 10 / n

print(job(2))
job(0)
