# abc, written in Python for Interleave: abstract methods are checked when a class
# deriving from ABC is instantiated, with CPython's message.


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


class ABCMeta(type):
    pass


def _abstract_names(cls):
    names = []
    for name in dir(cls):
        value = getattr(cls, name, None)
        if getattr(value, '__isabstractmethod__', False):
            names.append(name)
        elif isinstance(value, property) and getattr(value.fget, '__isabstractmethod__', False):
            names.append(name)
    return sorted(names)


class ABC:
    def __new__(cls, *args, **kwargs):
        abstract = _abstract_names(cls)
        if abstract:
            s = 's' if len(abstract) > 1 else ''
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} with abstract method{s} {', '.join(abstract)}")
        return object.__new__(cls)


def abstractproperty(f):
    return property(abstractmethod(f))
