# contextlib, written in Python for Interleave: contextmanager, closing,
# suppress, nullcontext, redirect_stdout/redirect_stderr, ExitStack,
# ContextDecorator and AbstractContextManager, with CPython 3.11's behaviour and
# messages. Lines marked #@cpython:N are shown in tracebacks as line N of
# CPython's contextlib.py, where its frames are. (print writes to whatever
# sys.stdout is when it is called, so swapping it redirects, as in CPython.)

__cpython_file__ = "/usr/lib/python3.11/contextlib.py"

import sys
import _kernel
from abc import ABC, abstractmethod
from functools import wraps

__all__ = ["contextmanager", "closing", "nullcontext", "AbstractContextManager",
           "ContextDecorator", "ExitStack", "redirect_stdout", "redirect_stderr",
           "suppress"]


class AbstractContextManager(ABC):
    """An abstract base class for context managers."""

    def __enter__(self):
        """Return `self` upon entering the runtime context."""
        return self

    @abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        """Raise any exception triggered within the runtime context."""
        return None


class ContextDecorator(object):
    "A base class or mixin that enables context managers to work as decorators."

    def _recreate_cm(self):
        # A decorated function may be called many times: each call needs a
        # context manager of its own where one cannot be reused (generators).
        return self

    def __call__(self, func):
        @wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():  #@cpython:80
                return func(*args, **kwds)  #@cpython:81
        return inner


class _GeneratorContextManager(ContextDecorator, AbstractContextManager):
    """Helper for @contextmanager decorator."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        # The generator function's docstring is the context manager's.
        doc = getattr(func, "__doc__", None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        return self.__class__(self.func, self.args, self.kwds)

    def __enter__(self):
        # Only the arguments of the first entry are kept for recreation.
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)  #@cpython:137
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            # The block ended normally: the generator must end after its yield.
            try:
                next(self.gen)  #@cpython:144
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            # The with statement always passes an instance; a caller may not.
            value = typ()
        # `traceback`: the frames the exception had come through when the with
        # statement called us (CPython's traceback object; here their count).
        traceback = _kernel.traceback_depth(value)
        try:
            self.gen.throw(typ, value, traceback)  #@cpython:158
        except StopIteration as exc:
            # The generator caught the exception and ended: suppressed, unless
            # what ended it is the StopIteration raised in the block itself.
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                _kernel.cut_traceback(exc, traceback)
                return False
            # A StopIteration raised in the block and passed through the
            # generator became RuntimeError there (PEP 479): it is the original.
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                _kernel.cut_traceback(value, traceback)
                return False
            raise  #@cpython:181
        except BaseException as exc:
            # The block's exception came back out: not suppressed, re-raised by
            # the with statement with the traceback it had.
            if exc is not value:
                raise  #@cpython:190
            _kernel.cut_traceback(exc, traceback)
            return False
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    """@contextmanager decorator: a generator function that yields once
    becomes a factory of context managers (the code before the yield is
    __enter__, the value yielded is what `as` binds, the code after is
    __exit__, and an exception in the block is raised at the yield)."""
    @wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


class closing(AbstractContextManager):
    """Context to automatically close something at the end of a block."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()  #@cpython:360


class _RedirectStream(AbstractContextManager):

    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        # Nested and reused, as CPython's: each entry keeps the stream it replaced.
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Context manager for temporarily redirecting stdout to another file."""

    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Context manager for temporarily redirecting stderr to another file."""

    _stream = "stderr"


class suppress(AbstractContextManager):
    """Context manager to suppress specified exceptions.

    After the exception is suppressed, execution proceeds with the next
    statement following the with statement."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        # issubclass semantics, as CPython's (a KeyboardInterrupt is not an Exception).
        return exctype is not None and issubclass(exctype, self._exceptions)


class nullcontext(AbstractContextManager):
    """Context manager that does no additional processing."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass


class ExitStack(AbstractContextManager):
    """Context manager for dynamic management of a stack of exit callbacks.

    For example:
        with ExitStack() as stack:
            files = [stack.enter_context(open(fname)) for fname in filenames]
            # All opened files will automatically be closed at the end of
            # the with statement, even if attempts to open files later
            # in the list raise an exception.
    """

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        """Preserve the context stack by transferring it to a new instance."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def push(self, exit):
        """Registers a callback with the standard __exit__ method signature.

        Can suppress exceptions the same way __exit__ method can.
        Also accepts any object with an __exit__ method (registering a call
        to the method instead of the object itself)."""
        try:
            exit_method = type(exit).__exit__
        except AttributeError:
            # Not a context manager: a callable with __exit__'s signature.
            self._exit_callbacks.append(exit)
        else:
            self._exit_callbacks.append(_bound_exit(exit, exit_method))
        return exit  # Allow use as a decorator.

    def enter_context(self, cm):
        """Enters the supplied context manager.

        If successful, also pushes its __exit__ method as a callback and
        returns the result of the __enter__ method."""
        # The special methods are looked up on the type, as `with` does.
        cls = type(cm)
        try:
            enter = cls.__enter__
            exit = cls.__exit__
        except AttributeError:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                            f"not support the context manager protocol") from None
        result = enter(cm)
        self._exit_callbacks.append(_bound_exit(cm, exit))
        return result

    def callback(self, callback, /, *args, **kwds):
        """Registers an arbitrary callback and arguments.

        Cannot suppress exceptions."""
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)  #@cpython:469
        _exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append(_exit_wrapper)
        return callback  # Allow use as a decorator

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        received = exc_details[0] is not None
        # The exception being handled around the with statement, if any: the
        # end of the chain each callback's own exception is hooked onto.
        outer = sys.exc_info()[1]
        suppressed = False
        pending = False
        # Last in, first out, as nested with statements unwind.
        while self._exit_callbacks:
            cb = self._exit_callbacks.pop()
            try:
                if cb(*exc_details):  #@cpython:586
                    suppressed = True
                    pending = False
                    exc_details = (None, None, None)
            except:
                new_details = sys.exc_info()
                # As if the callbacks were nested with statements: the new
                # exception's context is the one the callback was given.
                _relink_context(new_details[1], exc_details[1], outer)
                pending = True
                exc_details = new_details
        if pending:
            # `raise` would set the context again: keep the one made above.
            context = exc_details[1].__context__
            try:
                raise exc_details[1]  #@cpython:601
            except BaseException:
                exc_details[1].__context__ = context
                raise  #@cpython:604
        return received and suppressed

    def close(self):
        """Immediately unwind the context stack."""
        self.__exit__(None, None, None)


def _bound_exit(cm, exit):
    def _exit_wrapper(exc_type, exc, tb):
        return exit(cm, exc_type, exc, tb)
    return _exit_wrapper


def _relink_context(new_exc, old_exc, outer):
    """Makes `old_exc` the context of `new_exc`'s chain where that chain
    reaches the exception outside the stack (or ends)."""
    while True:
        context = new_exc.__context__
        if context is None or context is old_exc:
            return
        if context is outer:
            break
        new_exc = context
    new_exc.__context__ = old_exc
