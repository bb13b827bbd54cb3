"""Python versions of built-ins, used when their input is driven by Python code.

Natives run a generator or a Python iterator as an atomic callback, which cannot
block. So when `sorted(q.get() for _ in range(3))`, `list(executor.map(...))` or
`all(r.ready() for r in results)` is called, the VM calls these instead: the
items are drawn by ordinary, resumable frames, and a blocking `get()` inside is
fine. Results are the built-ins' own (the native is called on the collected list).
"""


def call_collected(function, args, kwargs, positions):
    args = list(args)
    for i in positions:
        args[i] = [item for item in args[i]]
    return function(*args, **kwargs)


def any(iterable):
    for element in iterable:
        if element:
            return True
    return False


def all(iterable):
    for element in iterable:
        if not element:
            return False
    return True


def enumerate(iterable, start=0):
    n = start
    for element in iterable:
        yield n, element
        n += 1


def zip(*iterables, strict=False):
    iterators = [iter(it) for it in iterables]
    if not iterators:
        return
    while True:
        items = []
        for it in iterators:
            for item in it:
                items.append(item)
                break
            else:
                return
        yield tuple(items)


def map(function, *iterables):
    for args in zip(*iterables):
        yield function(*args)


def filter(function, iterable):
    for item in iterable:
        if (function(item) if function is not None else item):
            yield item


def callable_iterator(function, sentinel):
    while True:
        value = function()
        if value == sentinel:
            return
        yield value
