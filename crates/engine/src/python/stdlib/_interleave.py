"""Python versions of built-ins, used when their input is driven by Python code.

Natives run a generator or a Python iterator as an atomic callback, which cannot
block. So when `sorted(q.get() for _ in range(3))`, `list(executor.map(...))` or
`all(r.ready() for r in results)` is called, the VM calls these instead: the
items are drawn by ordinary, resumable frames, and a blocking `get()` inside is
fine. Results are the built-ins' own (the native is called on the collected list).
"""


_builtin_print = print
_builtin_sorted = sorted


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


class map:
    """`map(f, ...)` whose f is Python code: each call runs as a frame, so f may block."""
    __module__ = 'builtins'

    def __init__(self, function, *iterables):
        if not iterables:
            raise TypeError('map() must have at least two arguments.')
        self._function = function
        self._iterators = [iter(it) for it in iterables]

    def __iter__(self):
        return self

    def __next__(self):
        args = []
        for it in self._iterators:
            args.append(next(it))
        return self._function(*args)


class filter:
    """`filter(f, iterable)` whose f is Python code, run as frames."""
    __module__ = 'builtins'

    def __init__(self, function, iterable):
        self._function = function
        self._iterator = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            item = next(self._iterator)
            if (self._function(item) if self._function is not None else item):
                return item


def text(method, obj, kind):
    """`str(obj)` or `repr(obj)` through the class's own `__str__`/`__repr__`."""
    result = method(obj)
    if not isinstance(result, str):
        raise TypeError(f"{kind} returned non-string (type {type(result).__name__})")
    return result


def print(*args, sep=' ', end='\n', file=None, flush=False):
    # str() of each argument runs its Python __str__ as a frame (see vm/resumable.rs).
    texts = [arg if type(arg) is str else str(arg) for arg in args]
    _builtin_print(*texts, sep=sep, end=end, file=file, flush=flush)


_missing = object()


def len(obj):
    """`len(obj)` through the class's own `__len__`, run as a frame."""
    n = obj.__len__()
    if not isinstance(n, int):
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer")
    if n < 0:
        raise ValueError('__len__() should return >= 0')
    return n


def _keyed(items, key):
    # The keys are computed here, in frames; the comparison is the built-in one.
    return [key(item) for item in items]


def sorted_by_key(iterable, /, *, key, reverse=False):
    items = list(iterable)
    keys = _keyed(items, key)
    order = _builtin_sorted(range(len(items)), key=keys.__getitem__, reverse=reverse)
    return [items[i] for i in order]


def sort_by_key(lst, /, *, key, reverse=False):
    lst[:] = sorted_by_key(lst, key=key, reverse=reverse)


def _extreme(pick, name, args, key, default):
    items = list(args[0]) if len(args) == 1 else list(args)
    if not items:
        if default is not _missing:
            return default
        raise ValueError(f"{name}() arg is an empty sequence" if len(args) == 1 else f"{name} expected at least 1 argument, got 0")
    keys = _keyed(items, key)
    best = 0
    for i in range(1, len(items)):
        if pick(keys[i], keys[best]):
            best = i
    return items[best]


def min_by_key(*args, key, default=_missing):
    return _extreme(lambda a, b: a < b, 'min', args, key, default)


def max_by_key(*args, key, default=_missing):
    return _extreme(lambda a, b: a > b, 'max', args, key, default)


def construct(cls, new, init, args, kwargs):
    """`cls(...)` for a class with a Python `__new__`, in frames."""
    obj = new(cls, *args, **kwargs)
    if init is not None and isinstance(obj, cls):
        init(obj, *args, **kwargs)
    return obj


def dict_from_mapping(mapping, **kwargs):
    result = {}
    for key in mapping.keys():
        result[key] = mapping[key]
    result.update(kwargs)
    return result


def contains(container, item, negate):
    """`item in container` through the class's own `__contains__`, run as a frame."""
    return bool(container.__contains__(item)) != negate


def next(iterator, default=_missing):
    try:
        return iterator.__next__()
    except StopIteration:
        if default is _missing:
            raise
        return default


def drive(iterator):
    """Draws from an iterator whose __next__ is Python code, in frames."""
    while True:
        try:
            value = iterator.__next__()
        except StopIteration:
            return
        yield value


def callable_iterator(function, sentinel):
    while True:
        value = function()
        if value == sentinel:
            return
        yield value


class BaseExceptionGroup(BaseException):
    """Several exceptions raised together (PEP 654)."""

    def __init__(self, message, exceptions):
        if not isinstance(message, str):
            raise TypeError(f"argument 1 must be str, not {type(message).__name__}")
        if not exceptions:
            raise ValueError("second argument (exceptions) must be a non-empty sequence")
        self.message = message
        self.exceptions = tuple(exceptions)

    def __str__(self):
        n = len(self.exceptions)
        return f"{self.message} ({n} sub-exception{'s' if n > 1 else ''})"

    def derive(self, excs):
        return type(self)(self.message, excs)

    def split(self, condition):
        matches = _condition(condition)
        if matches(self):
            return self, None
        matched, rest = [], []
        for exc in self.exceptions:
            if isinstance(exc, BaseExceptionGroup):
                m, r = exc.split(condition)
                if m is not None:
                    matched.append(m)
                if r is not None:
                    rest.append(r)
            elif matches(exc):
                matched.append(exc)
            else:
                rest.append(exc)
        return self._derived(matched), self._derived(rest)

    def _derived(self, excs):
        if not excs:
            return None
        group = self.derive(excs)
        _kernel.copy_exc_state(self, group)
        return group

    def subgroup(self, condition):
        return self.split(condition)[0]


class ExceptionGroup(BaseExceptionGroup, Exception):
    pass


BaseExceptionGroup.__module__ = 'builtins'
ExceptionGroup.__module__ = 'builtins'


def _condition(condition):
    if isinstance(condition, (type, tuple)):
        return lambda exc: isinstance(exc, condition)
    if callable(condition):
        return condition
    raise TypeError("expected a function, exception type or tuple of exception types")


def star_split(exc, types):
    """`except* types` on `exc`: (what matches, as a group; what is left)."""
    if exc is None:
        return None, None
    if isinstance(exc, BaseExceptionGroup):
        return exc.split(types)
    if isinstance(exc, types):
        group = ExceptionGroup if isinstance(exc, Exception) else BaseExceptionGroup
        wrapped = group('', (exc,))
        _kernel.copy_exc_state(exc, wrapped)
        return wrapped, None
    return None, exc


class _Stdin:
    """`sys.stdin`: reads the run's standard input (the CLI's --stdin, the page's
    console) line by line through the kernel, as `input()` does."""

    name = '<stdin>'
    mode = 'r'
    encoding = 'utf-8'
    closed = False

    def readline(self, size=-1):
        return _kernel.read_line()

    def read(self, size=-1):
        parts = []
        while True:
            line = _kernel.read_line()
            if not line:
                return ''.join(parts)
            parts.append(line)

    def readlines(self, hint=-1):
        lines = []
        while True:
            line = _kernel.read_line()
            if not line:
                return lines
            lines.append(line)

    def __iter__(self):
        return self

    def __next__(self):
        line = _kernel.read_line()
        if not line:
            raise StopIteration
        return line

    def fileno(self):
        return 0

    def isatty(self):
        return False

    def readable(self):
        return True

    def close(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *args):
        pass

    def __repr__(self):
        return "<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>"


import _kernel
import sys
sys.stdin = sys.__stdin__ = _Stdin()


# Signal handlers by number (the signal module fills it). SIGINT's default raises
# KeyboardInterrupt, as CPython's default_int_handler does.
_signal_handlers = {}


def deliver_signal(signum, remaining):
    """Runs in a process's main thread when a signal it handles arrives; a sleep the
    signal cut short goes on for the rest of its time afterwards (PEP 475)."""
    handler = _signal_handlers.get(signum)
    if handler is None:
        raise KeyboardInterrupt
    handler(signum, None)
    global _pausing
    if _pausing:
        # signal.pause() returns once a handler has run.
        _pausing = False
    elif remaining > 0:
        _kernel.sleep(remaining)


# Set while the main thread is in signal.pause().
_pausing = False


# Coroutines (vm/coroutine.rs).

def never_awaited(coro):
    """CPython's warning for a coroutine dropped without being awaited, at the line
    that dropped it (once per location, as the default filter shows warnings)."""
    import warnings
    filename, lineno, module, line = _kernel.caller(1)
    message = "coroutine '%s' was never awaited" % coro.__qualname__
    action = warnings._action(RuntimeWarning, message, module, lineno)
    if action == 'ignore' or action == 'error':
        return
    key = (message, RuntimeWarning, filename, lineno)
    if action != 'always':
        if key in warnings._shown:
            return
        warnings._shown.add(key)
    sys.stderr.write(warnings.formatwarning(message, RuntimeWarning, filename, lineno, line)
                     + "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n")


def unawaited_at_exit():
    # Coroutines still never awaited when the interpreter finalizes.
    for name in _kernel.take_unawaited():
        sys.stderr.write("sys:1: RuntimeWarning: coroutine '%s' was never awaited\n" % name)


# A `yield` in an async generator gives (agen_mark, value), so what drives it tells
# a value for `async for` from what an await inside passes up to the event loop.
agen_mark = object()


class _AsyncGenAwaitable:
    __slots__ = ('_agen', '_how', '_arg')

    def __init__(self, agen, how, arg):
        self._agen = agen
        self._how = how
        self._arg = arg

    def __await__(self):
        return _agen_run(self._agen, self._how, self._arg)


def agen_awaitable(agen, how, *args):
    # An async generator first iterated under a running asyncio loop is the loop's to
    # close at shutdown (CPython's sys.set_asyncgen_hooks firstiter).
    events = sys.modules.get('asyncio.events')
    loop = events._running_loop if events is not None else None
    if loop is not None:
        loop._asyncgen_firstiter(agen)
    if how == 'athrow':
        exc = args[0] if args else None
        if isinstance(exc, type):
            exc = exc(*args[1:2])
        return _AsyncGenAwaitable(agen, how, exc)
    return _AsyncGenAwaitable(agen, how, args[0] if args else None)


def _agen_run(agen, how, arg):
    try:
        if how == 'asend':
            x = agen._send(arg)
        elif how == 'athrow':
            x = agen._throw(arg)
        else:
            x = agen._throw(GeneratorExit())
        while True:
            if type(x) is tuple and x and x[0] is agen_mark:
                if how == 'aclose':
                    raise RuntimeError("async generator ignored GeneratorExit")
                return x[1]
            try:
                sent = yield x
            except BaseException as e:
                x = agen._throw(e)
            else:
                x = agen._send(sent)
    except StopIteration:
        if how == 'aclose':
            return None
        raise StopAsyncIteration from None
    except GeneratorExit:
        if how == 'aclose':
            return None
        raise


def run_finalizers(calls):
    """Runs finalizers the VM found due (vm/finalize.rs): `__del__` methods and weak
    references' callbacks, each as `func(arg)`, and generators freed while suspended
    in a try or with block (func None: `arg.close()`). An exception in one is printed
    as CPython's unraisable hook prints it, and the others still run."""
    for func, arg in calls:
        try:
            if func is None:
                arg.close()
            else:
                func(arg)
        except BaseException as exc:
            stderr = sys.stderr
            if stderr is None:
                continue
            stderr.write('Exception ignored in: %r\n' % (arg if func is None else func,))
            stderr.write(_kernel.format_unraisable(exc))
            stderr.flush()


def finalize_at_exit():
    """CPython's shutdown after the atexit functions: __main__'s globals are let go
    of in order, then a last collection finalizes what cycles kept."""
    import _weakref
    run_finalizers(_weakref.collect(False)[1])
    run_finalizers(_weakref.exit_direct())
    _weakref.clear_main()
    # (the finalizers of what died run here, at this instruction boundary)
    n, calls = _weakref.collect()
    run_finalizers(calls)
