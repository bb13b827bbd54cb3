# copy: shallow and deep copies, as CPython's copy module makes them (the
# __copy__/__deepcopy__ hooks, a memo so shared and cyclic parts stay shared).


class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, bool, str, bytes, type, range, type(len), type(lambda: 0), frozenset)


def copy(x):
    cls = type(x)
    if isinstance(x, _atomic) and cls is not frozenset:
        return x
    hook = getattr(cls, '__copy__', None)
    if hook is not None:
        return hook(x)
    if cls is list:
        return x[:]
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    if cls in (tuple, frozenset):
        return x
    if cls is bytearray:
        return bytearray(x)
    return _reconstruct(x, None)


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if isinstance(x, _atomic):
        return x
    hook = getattr(x, '__deepcopy__', None) if not isinstance(x, type) else None
    if hook is not None:
        y = hook(memo)
    elif cls is list:
        y = []
        memo[d] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        if d in memo:
            return memo[d]
        y = x if all(a is b for a, b in zip(items, x)) else tuple(items)
    elif cls is set:
        y = {deepcopy(item, memo) for item in x}
    elif cls is bytearray:
        y = bytearray(x)
    else:
        y = _reconstruct(x, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo):
    cls = type(x)
    y = cls.__new__(cls)
    if memo is not None:
        memo[id(x)] = y
    state = x.__dict__
    if memo is not None:
        state = deepcopy(state, memo)
    for name, value in state.items():
        setattr(y, name, value)
    return y
