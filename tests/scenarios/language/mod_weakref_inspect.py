# weakref and inspect, as far as a program sees them while the objects live:
# a cache of weak values, a finalizer run by hand and at exit, the TypeError
# for what cannot be referenced weakly; inspect's questions about objects.
import inspect
import weakref


class Image:
    """A picture, loaded once.

    Cached by name."""

    def __init__(self, name):
        self.name = name

    def show(self):
        return 'showing ' + self.name


cache = weakref.WeakValueDictionary()


def load(name):
    image = cache.get(name)
    if image is None:
        image = cache[name] = Image(name)
        print('loaded', name)
    return image


a = load('cat.png')
b = load('cat.png')
print(a is b, 'cat.png' in cache, len(cache), sorted(cache.keys()))
r = weakref.ref(a)
print(r() is a, type(r).__name__, r == weakref.ref(a), callable(r))
p = weakref.proxy(a)
print(p.name, p.show(), type(p).__name__)
for value in (1, 'text', [1], {'a': 1}, (1,), None):
    try:
        weakref.ref(value)
    except TypeError as e:
        print('TypeError:', e)
f = weakref.finalize(a, print, 'finalizing', 'cat.png')
print(f.alive)
f()
print(f.alive, f())
weakref.finalize(b, print, 'at exit: b')
s = weakref.WeakSet()
s.add(a)
print(len(s), a in s)

print(inspect.isclass(Image), inspect.isfunction(load), inspect.isfunction(a.show), inspect.ismethod(a.show))
print(inspect.ismodule(weakref), inspect.isbuiltin(len), inspect.isroutine(load), inspect.isgenerator(x for x in ()))
print(inspect.getdoc(Image))
print([name for name, _ in inspect.getmembers(a) if not name.startswith('_')])
print([name for name, _ in inspect.getmembers(Image, inspect.isfunction)])
print(inspect.getmodule(Image).__name__, inspect.getmro(bool))
print(inspect.cleandoc('''
    First line
        indented
    last'''))
