# weakref.finalize: a callback tied to an object's life; it runs once, when the
# object dies, when called, or at exit (atexit=True), and can be detached.
import weakref


class TempDir:
    def __init__(self, name):
        self.name = name
        self._finalizer = weakref.finalize(self, print, 'removing', name)

    def remove(self):
        self._finalizer()

    @property
    def removed(self):
        return not self._finalizer.alive


d = TempDir('build')
print(d.removed)
d.remove()
print(d.removed)
d.remove()
d = None
print('build dropped')

d2 = TempDir('cache')
del d2
print('cache dropped')


class Obj:
    pass


o = Obj()
f = weakref.finalize(o, print, 'never printed')
print(f.alive, f.peek()[1] is print)
obj, func, args, kwargs = f.detach()
print(f.alive, args, f.detach())
del o, obj
print('detached, nothing printed')

late = Obj()
weakref.finalize(late, print, 'at exit, first registered')
late2 = Obj()
weakref.finalize(late2, print, 'at exit, second registered')
quiet = Obj()
q = weakref.finalize(quiet, print, 'not at exit')
q.atexit = False
print('end')
