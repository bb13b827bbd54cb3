"""asyncio's event loop policy in small: which loop runs in this thread, and the
callback handles a loop runs (CPython's asyncio/events.py)."""

__cpython_file__ = "/usr/lib/python3.11/asyncio/events.py"

_running_loop = None
_event_loop = None
def _get_running_loop():
    return _running_loop


def get_running_loop():
    if _running_loop is None:
        raise RuntimeError('no running event loop')
    return _running_loop


def get_event_loop():
    global _event_loop
    if _running_loop is not None:
        return _running_loop
    if _event_loop is None:
        _event_loop = new_event_loop()
    return _event_loop


def set_event_loop(loop):
    global _event_loop
    _event_loop = loop


def _set_running_loop(loop):
    global _running_loop
    _running_loop = loop


def new_event_loop():
    from asyncio.base_events import _UnixSelectorEventLoop
    return _UnixSelectorEventLoop()


def _library_file(filename):
    # Our library's code is named `<asyncio.tasks>`; CPython's reprs name its files.
    if filename.startswith('<asyncio.') and filename.endswith('>'):
        return '/usr/lib/python3.11/asyncio/%s.py' % filename[9:-1]
    return filename


def _format_callback(cb):
    name = getattr(cb, '_asyncio_repr', None)
    if name is not None:
        return name
    code = getattr(cb, '__code__', None)
    qualname = getattr(cb, '__qualname__', None) or repr(cb)
    if code is None:
        return qualname + '()'
    return '%s() at %s:%s' % (qualname, _library_file(code.co_filename), code.co_firstlineno)


def _format_callbacks(cbs):
    names = [_format_callback(cb) for cb in cbs]
    if len(names) > 2:
        names = [names[0], '<%d more>' % (len(names) - 2), names[-1]]
    return 'cb=[%s]' % ', '.join(names)


class Handle:
    __slots__ = ('_callback', '_args', '_cancelled', '_loop', '__weakref__')

    def __init__(self, callback, args, loop, context=None):
        self._loop = loop
        self._callback = callback
        self._args = args
        self._cancelled = False

    def __repr__(self):
        info = [type(self).__name__]
        if self._cancelled:
            info.append('cancelled')
        if self._callback is not None:
            info.append(_format_callback(self._callback))
        return '<%s>' % ' '.join(info)

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._callback(*self._args)  #@cpython:80|self._context.run(self._callback, *self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                'message': 'Exception in callback %s' % _format_callback(self._callback),
                'exception': exc,
                'handle': self,
            })


class TimerHandle(Handle):
    __slots__ = ('_when', '_scheduled')

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop)
        self._when = when
        self._scheduled = False

    def __lt__(self, other):
        return self._when < other._when

    def __repr__(self):
        info = [type(self).__name__]
        if self._cancelled:
            info.append('cancelled')
        info.append('when=%s' % self._when)
        if self._callback is not None:
            info.append(_format_callback(self._callback))
        return '<%s>' % ' '.join(info)

    def when(self):
        return self._when

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()


