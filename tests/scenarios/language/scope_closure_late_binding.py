callbacks = {}
for name in ['a', 'b', 'c']:
    callbacks[name] = lambda: name
print({k: f() for k, f in callbacks.items()})
callbacks = {}
for name in ['a', 'b', 'c']:
    callbacks[name] = lambda name=name: name
print({k: f() for k, f in callbacks.items()})
def make_fns():
    fns = []
    for i in range(3):
        def fn(x, i=i):
            return x + i
        fns.append(fn)
    return fns
print([f(100) for f in make_fns()])
def make_closure_factory():
    def factory(i):
        return lambda: i * 10
    return [factory(i) for i in range(3)]
print([f() for f in make_closure_factory()])
