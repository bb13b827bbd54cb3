"""weakref: references that do not keep an object alive, as far as this engine's
memory can say. Objects here are freed by a mark-and-sweep collector, not by
reference counts, and a weak reference cannot see when nothing else holds its
object: `ref(obj)()` gives the object for as long as the reference lives (where
CPython gives None once the last strong reference goes), callbacks are not called,
and the weak containers keep what they hold. finalize() runs at exit or when
called. What cannot be referenced weakly in CPython (int, str, list, dict, ...)
is refused with its TypeError."""

import atexit
import itertools

__all__ = ['ref', 'proxy', 'getweakrefcount', 'getweakrefs', 'WeakKeyDictionary',
           'ReferenceType', 'ProxyType', 'WeakValueDictionary', 'WeakSet', 'WeakMethod', 'finalize']

_REFUSED = (int, float, str, bytes, bytearray, tuple, list, dict, bool, type(None))


def _check(obj):
    if isinstance(obj, _REFUSED):
        raise TypeError("cannot create weak reference to '%s' object" % type(obj).__name__)


class ReferenceType:
    def __init__(self, obj, callback=None):
        _check(obj)
        self._obj = obj
        self.__callback__ = callback

    def __call__(self):
        return self._obj

    def __hash__(self):
        return hash(self._obj)

    def __eq__(self, other):
        if isinstance(other, ReferenceType):
            return self._obj == other._obj
        return NotImplemented

    def __repr__(self):
        return '<weakref at %#x; to %r at %#x>' % (id(self), type(self._obj).__name__, id(self._obj))


ref = ReferenceType


class WeakMethod(ReferenceType):
    def __init__(self, meth, callback=None):
        self._func = meth.__func__
        super().__init__(meth.__self__, callback)

    def __call__(self):
        return self._func.__get__(self._obj, type(self._obj))


class ProxyType:
    def __init__(self, obj, callback=None):
        _check(obj)
        object.__setattr__(self, '_obj', obj)

    def __getattr__(self, name):
        return getattr(self._obj, name)

    def __setattr__(self, name, value):
        setattr(self._obj, name, value)

    def __repr__(self):
        obj = self._obj
        return '<weakproxy at %#x; to %r at %#x>' % (id(self), type(obj).__name__, id(obj))

    def __str__(self):
        return str(self._obj)


CallableProxyType = ProxyType


def proxy(obj, callback=None):
    return ProxyType(obj, callback)


def getweakrefcount(obj):
    return 0


def getweakrefs(obj):
    return []


class WeakValueDictionary(dict):
    def __setitem__(self, key, value):
        _check(value)
        dict.__setitem__(self, key, value)

    def valuerefs(self):
        return [ref(v) for v in self.values()]

    def __repr__(self):
        return '<WeakValueDictionary at %#x>' % id(self)


class WeakKeyDictionary(dict):
    def __setitem__(self, key, value):
        _check(key)
        dict.__setitem__(self, key, value)

    def keyrefs(self):
        return [ref(k) for k in self.keys()]

    def __repr__(self):
        return '<WeakKeyDictionary at %#x>' % id(self)


class WeakSet(set):
    def add(self, item):
        _check(item)
        set.add(self, item)

    def __repr__(self):
        # CPython shows the set of weak references it holds.
        return '{%s}' % ', '.join(repr(ref(x)) for x in self) if self else 'set()'


class finalize:
    """Calls func(*args, **kwargs) once: when called, or at exit (atexit=True)."""

    _counter = itertools.count()
    _registered = []

    def __init__(self, obj, func, /, *args, **kwargs):
        _check(obj)
        self._key = (obj, func, args, kwargs or None)
        self.atexit = True
        self._index = next(self._counter)
        if not finalize._registered:
            finalize._registered.append(True)
            atexit.register(finalize._exitfunc)
        finalize._pending.append(self)

    _pending = []

    def __call__(self, _=None):
        if self._key is not None:
            obj, func, args, kwargs = self._key
            self._key = None
            return func(*args, **(kwargs or {}))

    def detach(self):
        if self._key is not None:
            obj, func, args, kwargs = self._key
            self._key = None
            return (obj, func, args, kwargs or {})

    def peek(self):
        if self._key is not None:
            obj, func, args, kwargs = self._key
            return (obj, func, args, kwargs or {})

    @property
    def alive(self):
        return self._key is not None

    @classmethod
    def _exitfunc(cls):
        # The newest first, as CPython runs its finalizers at exit.
        for f in sorted(cls._pending, key=lambda f: f._index, reverse=True):
            if f.atexit and f.alive:
                f()
