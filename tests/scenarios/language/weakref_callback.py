# A weak reference does not keep its object alive: once the last strong reference
# goes it gives None, and its callbacks run (the newest first), after __del__.
import weakref


class Thing:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)


t = Thing('t')
r1 = weakref.ref(t, lambda ref: print('callback 1, dead:', ref() is None))
r2 = weakref.ref(t, lambda ref: print('callback 2'))
plain = weakref.ref(t)
print(r1() is t, r1().name, weakref.getweakrefcount(t))
print(repr(plain).startswith('<weakref at 0x'), "to 'Thing'" in repr(plain))
del t
print('after del:', r1(), plain(), repr(plain).endswith('; dead>'))


class Plain:
    pass


p = Plain()
gone = []
w = weakref.ref(p, gone.append)
print(len(gone))
p = Plain()
print(len(gone), gone[0] is w, w())


def listen():
    local = Plain()
    return weakref.ref(local, lambda ref: print('local object died'))


ref = listen()
print('listen returned, alive:', ref() is not None)
