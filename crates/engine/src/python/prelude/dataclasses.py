# dataclasses, written in Python for Interleave: the generated methods are real
# Python functions (made with exec), so their error messages are CPython's.


class _MISSING_TYPE:
    def __repr__(self):
        return 'MISSING'


MISSING = _MISSING_TYPE()


class FrozenInstanceError(AttributeError):
    pass


class Field:
    def __init__(self, default=MISSING, default_factory=MISSING, init=True, repr=True, compare=True):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.compare = compare

    def __repr__(self):
        return f'Field(name={self.name!r},type={self.type!r},default={self.default!r})'


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, compare=True, hash=None, metadata=None, kw_only=False):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, compare)


def _collect(cls):
    fields = {}
    for base in reversed(cls.__mro__[1:]):
        for f in getattr(base, '__dataclass_fields__', {}).values():
            fields[f.name] = f
    anns = cls.__dict__.get('__annotations__', {})
    for name, tp in anns.items():
        default = cls.__dict__.get(name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            f = Field(default=default)
        f.name = name
        f.type = tp
        if f.default is MISSING and name in cls.__dict__:
            delattr(cls, name)
        elif f.default is not MISSING:
            setattr(cls, name, f.default)
        if isinstance(f.default, (list, dict, set)):
            raise ValueError(f'mutable default {type(f.default)} for field {name} is not allowed: use default_factory')
        fields[name] = f
    return fields


def _process(cls, init, repr, eq, order, frozen):
    fields = _collect(cls)
    cls.__dataclass_fields__ = fields
    flist = list(fields.values())
    ns = {'MISSING': MISSING, 'FrozenInstanceError': FrozenInstanceError}
    if init and '__init__' not in cls.__dict__:
        params = []
        body = []
        seen_default = False
        for f in flist:
            if not f.init:
                if f.default_factory is not MISSING:
                    ns['_factory_' + f.name] = f.default_factory
                    body.append(f'    _set(self, {f.name!r}, _factory_{f.name}())')
                elif f.default is not MISSING:
                    ns['_default_' + f.name] = f.default
                    body.append(f'    _set(self, {f.name!r}, _default_{f.name})')
                continue
            if f.default is not MISSING:
                ns['_default_' + f.name] = f.default
                params.append(f'{f.name}=_default_{f.name}')
                seen_default = True
            elif f.default_factory is not MISSING:
                ns['_factory_' + f.name] = f.default_factory
                params.append(f'{f.name}=MISSING')
                body.append(f'    if {f.name} is MISSING: {f.name} = _factory_{f.name}()')
                seen_default = True
            else:
                if seen_default:
                    raise TypeError(f'non-default argument {f.name!r} follows default argument')
                params.append(f.name)
            body.append(f'    _set(self, {f.name!r}, {f.name})')
        if '__post_init__' in dir(cls):
            body.append('    self.__post_init__()')
        if not body:
            body.append('    pass')
        ns['_set'] = object.__setattr__
        src = 'def __init__(self' + ''.join(', ' + p for p in params) + '):\n' + '\n'.join(body) + '\n'
        exec(src, ns)
        fn = ns['__init__']
        fn.__qualname__ = cls.__qualname__ + '.__init__'
        cls.__init__ = fn
    if repr and '__repr__' not in cls.__dict__:
        shown = [f.name for f in flist if f.repr]

        def __repr__(self):
            inner = ', '.join(f'{n}={getattr(self, n)!r}' for n in shown)
            return f'{type(self).__qualname__}({inner})'
        cls.__repr__ = __repr__
    cmp_names = [f.name for f in flist if f.compare]
    if eq and '__eq__' not in cls.__dict__:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return tuple(getattr(self, n) for n in cmp_names) == tuple(getattr(other, n) for n in cmp_names)
            return NotImplemented
        cls.__eq__ = __eq__
        if frozen:
            cls.__hash__ = lambda self: hash(tuple(getattr(self, n) for n in cmp_names))
        else:
            cls.__hash__ = None
    if order:
        def _key(o):
            return tuple(getattr(o, n) for n in cmp_names)

        def __lt__(self, other):
            if other.__class__ is self.__class__:
                return _key(self) < _key(other)
            return NotImplemented

        def __le__(self, other):
            if other.__class__ is self.__class__:
                return _key(self) <= _key(other)
            return NotImplemented

        def __gt__(self, other):
            if other.__class__ is self.__class__:
                return _key(self) > _key(other)
            return NotImplemented

        def __ge__(self, other):
            if other.__class__ is self.__class__:
                return _key(self) >= _key(other)
            return NotImplemented
        cls.__lt__ = __lt__
        cls.__le__ = __le__
        cls.__gt__ = __gt__
        cls.__ge__ = __ge__
    if frozen:
        def __setattr__(self, name, value):
            raise FrozenInstanceError(f'cannot assign to field {name!r}')

        def __delattr__(self, name):
            raise FrozenInstanceError(f'cannot delete field {name!r}')
        cls.__setattr__ = __setattr__
        cls.__delattr__ = __delattr__
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False):
    def wrap(c):
        c = _process(c, init, repr, eq, order, frozen)
        if match_args and '__match_args__' not in c.__dict__:
            c.__match_args__ = tuple(f.name for f in c.__dataclass_fields__.values() if f.init)
        return c
    if cls is None:
        return wrap
    return wrap(cls)


def fields(obj):
    return tuple(getattr(obj, '__dataclass_fields__').values())


def asdict(obj):
    if hasattr(obj, '__dataclass_fields__'):
        return {f.name: asdict(getattr(obj, f.name)) for f in fields(obj)}
    if isinstance(obj, list):
        return [asdict(v) for v in obj]
    if isinstance(obj, tuple):
        return tuple(asdict(v) for v in obj)
    if isinstance(obj, dict):
        return {k: asdict(v) for k, v in obj.items()}
    return obj


def astuple(obj):
    return tuple(getattr(obj, f.name) for f in fields(obj))


def replace(obj, **changes):
    values = {f.name: getattr(obj, f.name) for f in fields(obj) if f.init}
    values.update(changes)
    return obj.__class__(**values)


def is_dataclass(obj):
    return hasattr(obj, '__dataclass_fields__')
