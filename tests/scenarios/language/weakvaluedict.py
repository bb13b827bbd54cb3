# Weak containers forget what dies: a cache of weak values keeps an entry only while
# someone else holds the value; weak keys and weak sets likewise.
import weakref


class Image:
    def __init__(self, name):
        self.name = name


cache = weakref.WeakValueDictionary()


def load(name):
    image = cache.get(name)
    if image is None:
        image = Image(name)
        cache[name] = image
        print('loaded', name)
    return image


a = load('cat.png')
b = load('cat.png')
c = load('dog.png')
print(a is b, len(cache), sorted(cache))
del a
print(len(cache), 'cat.png' in cache)
del b
print(len(cache), 'cat.png' in cache, sorted(cache.keys()))
c = None
print(len(cache), list(cache.items()))

notes = weakref.WeakKeyDictionary()
k1, k2 = Image('k1'), Image('k2')
notes[k1] = 'first'
notes[k2] = 'second'
print(len(notes), notes[k1], k2 in notes)
del k1
print(len(notes), [k.name for k in notes])

live = weakref.WeakSet()
objs = [Image('x'), Image('y'), Image('z')]
for o in objs:
    live.add(o)
del o
print(len(live))
objs.pop()
print(len(live))
objs.clear()
print(len(live), list(live))
