"""types: names for the interpreter's own types, and SimpleNamespace.

The types are taken from values of each kind, so `isinstance` answers as the VM
does. Not here: CodeType, FrameType and TracebackType (frames and tracebacks are
the VM's own, not objects), coroutine types, and MethodType as a constructor."""

import sys


def _f():
    pass


def _g():
    yield 1


class _C:
    def _m(self):
        pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
GeneratorType = type(_g())
MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
MappingProxyType = type(type.__dict__) if hasattr(type, '__dict__') else dict
del _f, _g, _C


# Namespaces being shown: one that holds itself shows as `namespace(...)`.
_showing = set()


class SimpleNamespace:
    """Attributes set from keyword arguments, shown as `namespace(a=1, b=2)`."""

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        if id(self) in _showing:
            return name + '(...)'
        _showing.add(id(self))
        try:
            return '%s(%s)' % (name, ', '.join('%s=%r' % item for item in self.__dict__.items()))
        finally:
            _showing.discard(id(self))

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None


def new_class(name, bases=(), kwds=None, exec_body=None):
    namespace = {}
    if exec_body is not None:
        exec_body(namespace)
    meta = (kwds or {}).get('metaclass', type)
    return meta(name, tuple(bases), namespace)


def coroutine(func):
    return func


class GenericAlias:
    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)

    def __repr__(self):
        def name(a):
            return a.__name__ if isinstance(a, type) else repr(a)
        return '%s[%s]' % (name(self.__origin__), ', '.join(name(a) for a in self.__args__))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)
