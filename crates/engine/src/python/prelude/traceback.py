# traceback: printing and formatting exceptions as the interpreter does (the
# formatting itself is the VM's, shared with uncaught exceptions).
import sys
import _kernel


def _exception(exc, value):
    # format_exception(exc) (3.10+) or the old (type, value, tb) form.
    if isinstance(exc, BaseException):
        return exc
    return value


def format_exception(exc, /, value=None, tb=None, limit=None, chain=True):
    e = _exception(exc, value)
    if e is None:
        return ['NoneType: None\n']
    return _kernel.format_exception(e).splitlines(keepends=True)


def format_exception_only(exc, /, value=None):
    e = _exception(exc, value)
    if e is None:
        return ['NoneType: None\n']
    return [format_exception(e)[-1]]


def print_exception(exc, /, value=None, tb=None, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit, chain):
        print(line, end='', file=file)


def format_exc(limit=None, chain=True):
    return ''.join(format_exception(sys.exc_info()[1]))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)
