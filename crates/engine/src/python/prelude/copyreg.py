# copyreg: the helpers pickles name (their module and names are part of the bytes
# CPython writes: copyreg._reconstructor at protocols 0 and 1, __newobj__ in what
# __reduce_ex__ returns) and the table of reduction functions a program registers.

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def _reconstructor(cls, base, state):
    # What a protocol 0 or 1 pickle of an instance calls to make it again.
    if base is object:
        return object.__new__(cls)
    obj = base.__new__(cls, state)
    if base is list:
        obj.extend(state)
    elif base is dict:
        obj.update(state)
    elif base.__init__ != object.__init__:
        base.__init__(obj, state)
    return obj


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    # The names of the slots of cls and its bases, as __getstate__ reports them.
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get('__slots__', ()) if c is not object else ()
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                stripped = c.__name__.lstrip('_')
                if stripped:
                    name = '_%s%s' % (stripped, name)
            names.append(name)
    return names


# Extension codes (copyreg.add_extension): none are registered by default.
_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}
