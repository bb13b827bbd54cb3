# A function's __dict__ is where its attributes live (functools.wraps copies them
# through it); __module__ and __doc__ set by wraps are not among them.
import functools
def counted(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        wrapper.calls += 1
        return fn(*a, **k)
    wrapper.calls = 0
    return wrapper

def tag(fn):
    fn.role = 'worker'
    return fn

@counted
@tag
def work(x):
    return x * 2

print(work(2), work(3), work.calls, work.role, work.__wrapped__.__name__)
print(sorted(work.__dict__))
def g(): pass
g.__dict__['a'] = 1
print(g.a, vars(g))
del g.a
print(g.__dict__)
g.__dict__ = {'z': 2}
print(g.z)
