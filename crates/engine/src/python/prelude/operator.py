# operator, written in Python for Interleave: the operators as functions, and
# itemgetter, attrgetter and methodcaller, with CPython 3.11's names, reprs and
# messages. CPython's are C functions; a wrong number of arguments to one of the
# plain functions here gets Python's own message ("add() missing 1 required
# positional argument: 'b'"), not the C one ("add expected 2 arguments, got 1").

__all__ = ['abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains', 'countOf',
           'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt', 'iadd', 'iand',
           'iconcat', 'ifloordiv', 'ilshift', 'imatmul', 'imod', 'imul',
           'index', 'indexOf', 'inv', 'invert', 'ior', 'ipow', 'irshift',
           'is_', 'is_not', 'isub', 'itemgetter', 'itruediv', 'ixor', 'le',
           'length_hint', 'lshift', 'lt', 'matmul', 'methodcaller', 'mod',
           'mul', 'ne', 'neg', 'not_', 'or_', 'pos', 'pow', 'rshift',
           'setitem', 'sub', 'truediv', 'truth', 'xor']

_abs = abs


# Comparisons.

def lt(a, b, /):
    return a < b

def le(a, b, /):
    return a <= b

def eq(a, b, /):
    return a == b

def ne(a, b, /):
    return a != b

def ge(a, b, /):
    return a >= b

def gt(a, b, /):
    return a > b


# Logical operations and identity.

def not_(a, /):
    return not a

def truth(a, /):
    return True if a else False

def is_(a, b, /):
    return a is b

def is_not(a, b, /):
    return a is not b


# Arithmetic and bitwise operations.

def abs(a, /):
    return _abs(a)

def add(a, b, /):
    return a + b

def and_(a, b, /):
    return a & b

def floordiv(a, b, /):
    return a // b

def index(a, /):
    if type(a) is int:
        return a
    if isinstance(a, int):
        # A bool or another int subclass: its plain int value.
        return int.__index__(a)
    method = getattr(type(a), '__index__', None)
    if method is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(a).__name__)
    result = method(a)
    if not isinstance(result, int):
        raise TypeError('__index__ returned non-int (type %s)' % type(result).__name__)
    return result

def inv(a, /):
    return ~a

invert = inv

def lshift(a, b, /):
    return a << b

def mod(a, b, /):
    return a % b

def mul(a, b, /):
    return a * b

def matmul(a, b, /):
    return a @ b

def neg(a, /):
    return -a

def or_(a, b, /):
    return a | b

def pos(a, /):
    return +a

def pow(a, b, /):
    return a ** b

def rshift(a, b, /):
    return a >> b

def sub(a, b, /):
    return a - b

def truediv(a, b, /):
    return a / b

def xor(a, b, /):
    return a ^ b


# Sequences.

def _is_sequence(a):
    return hasattr(type(a), '__getitem__') and not isinstance(a, dict)

def concat(a, b, /):
    if not _is_sequence(a):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)
    return a + b

def contains(a, b, /):
    return b in a

def countOf(a, b, /):
    count = 0
    for item in a:
        if item is b or item == b:
            count += 1
    return count

def delitem(a, b, /):
    del a[b]

def getitem(a, b, /):
    return a[b]

def indexOf(a, b, /):
    for i, item in enumerate(a):
        if item is b or item == b:
            return i
    raise ValueError('sequence.index(x): x not in sequence')

def setitem(a, b, c, /):
    a[b] = c

def length_hint(obj, default=0, /):
    """Return an estimate of the number of items in obj."""
    if not isinstance(default, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(default).__name__)
    try:
        return len(obj)
    except TypeError:
        pass
    hint = getattr(type(obj), '__length_hint__', None)
    if hint is None:
        return default
    try:
        value = hint(obj)
    except TypeError:
        return default
    if value is NotImplemented:
        return default
    if not isinstance(value, int):
        raise TypeError('__length_hint__ must be an integer, not %s' % type(value).__name__)
    if value < 0:
        raise ValueError('__length_hint__() should return >= 0')
    return value


# Calling.

def call(obj, /, *args, **kwargs):
    return obj(*args, **kwargs)


# Getters: callables that fetch items, attributes or call methods.

class attrgetter:
    """Return a callable object that fetches the given attribute(s) from its operand."""
    __slots__ = ('_attrs', '_call')

    def __init__(self, attr=None, /, *attrs):
        if attr is None and not attrs:
            raise TypeError('attrgetter expected 1 argument, got 0')
        names = (attr,) + attrs
        for name in names:
            if not isinstance(name, str):
                raise TypeError('attribute name must be a string')
        self._attrs = names
        self._call = [tuple(name.split('.')) for name in names]

    def __call__(self, *args):
        if len(args) != 1:
            raise TypeError('attrgetter expected 1 argument, got %d' % len(args))
        obj = args[0]
        values = []
        for path in self._call:
            value = obj
            for part in path:
                value = getattr(value, part)
            values.append(value)
        if len(values) == 1:
            return values[0]
        return tuple(values)

    def __repr__(self):
        return 'operator.attrgetter(%s)' % ', '.join(map(repr, self._attrs))

    def __reduce__(self):
        return self.__class__, self._attrs


class itemgetter:
    """Return a callable object that fetches the given item(s) from its operand."""
    __slots__ = ('_items',)

    def __init__(self, *items):
        if not items:
            raise TypeError('itemgetter expected 1 argument, got 0')
        self._items = items

    def __call__(self, *args):
        if len(args) != 1:
            raise TypeError('itemgetter expected 1 argument, got %d' % len(args))
        obj = args[0]
        items = self._items
        if len(items) == 1:
            return obj[items[0]]
        return tuple([obj[i] for i in items])

    def __repr__(self):
        return 'operator.itemgetter(%s)' % ', '.join(map(repr, self._items))

    def __reduce__(self):
        return self.__class__, self._items


class methodcaller:
    """Return a callable object that calls the given method on its operand."""
    __slots__ = ('_name', '_args', '_kwargs')

    def __init__(self, *args, **kwargs):
        if not args:
            raise TypeError('methodcaller needs at least one argument, the method name')
        name = args[0]
        if not isinstance(name, str):
            raise TypeError('method name must be a string')
        self._name = name
        self._args = args[1:]
        self._kwargs = kwargs

    def __call__(self, *args):
        if len(args) != 1:
            raise TypeError('methodcaller expected 1 argument, got %d' % len(args))
        return getattr(args[0], self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        parts = [repr(self._name)]
        parts.extend(map(repr, self._args))
        parts.extend('%s=%r' % (k, v) for k, v in self._kwargs.items())
        return 'operator.methodcaller(%s)' % ', '.join(parts)


# In-place operations: `a += b` and its kin, returning what the statement binds.

def iadd(a, b, /):
    a += b
    return a

def iand(a, b, /):
    a &= b
    return a

def iconcat(a, b, /):
    if not _is_sequence(a):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)
    a += b
    return a

def ifloordiv(a, b, /):
    a //= b
    return a

def ilshift(a, b, /):
    a <<= b
    return a

def imod(a, b, /):
    a %= b
    return a

def imul(a, b, /):
    a *= b
    return a

def imatmul(a, b, /):
    a @= b
    return a

def ior(a, b, /):
    a |= b
    return a

def ipow(a, b, /):
    a **= b
    return a

def irshift(a, b, /):
    a >>= b
    return a

def isub(a, b, /):
    a -= b
    return a

def itruediv(a, b, /):
    a /= b
    return a

def ixor(a, b, /):
    a ^= b
    return a


# The dunder aliases CPython's module has (`operator.__add__`).
__lt__ = lt
__le__ = le
__eq__ = eq
__ne__ = ne
__ge__ = ge
__gt__ = gt
__not__ = not_
__abs__ = abs
__add__ = add
__and__ = and_
__call__ = call
__floordiv__ = floordiv
__index__ = index
__inv__ = inv
__invert__ = invert
__lshift__ = lshift
__mod__ = mod
__mul__ = mul
__matmul__ = matmul
__neg__ = neg
__or__ = or_
__pos__ = pos
__pow__ = pow
__rshift__ = rshift
__sub__ = sub
__truediv__ = truediv
__xor__ = xor
__concat__ = concat
__contains__ = contains
__delitem__ = delitem
__getitem__ = getitem
__setitem__ = setitem
__iadd__ = iadd
__iand__ = iand
__iconcat__ = iconcat
__ifloordiv__ = ifloordiv
__ilshift__ = ilshift
__imod__ = imod
__imul__ = imul
__imatmul__ = imatmul
__ior__ = ior
__ipow__ = ipow
__irshift__ = irshift
__isub__ = isub
__itruediv__ = itruediv
__ixor__ = ixor
