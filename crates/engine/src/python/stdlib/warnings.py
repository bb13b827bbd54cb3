"""Issuing warnings, printed to stderr as CPython's default filters print them:
once per location, DeprecationWarning only when triggered by `__main__`'s code."""

__cpython_file__ = "/usr/lib/python3.11/warnings.py"

import sys
import _kernel

filters = []
_shown = set()


def formatwarning(message, category, filename, lineno, line=None):
    text = f"{filename}:{lineno}: {category.__name__}: {message}\n"
    if line:
        text += f"  {line.strip()}\n"
    return text


def showwarning(message, category, filename, lineno, file=None, line=None):
    (file or sys.stderr).write(formatwarning(message, category, filename, lineno, line))


def _action(category, message, module, lineno):
    for action, msg, cat, mod, line in filters:
        if (issubclass(category, cat) and (not msg or str(message).startswith(msg))
                and (not mod or mod == module) and (not line or line == lineno)):
            return action
    if issubclass(category, DeprecationWarning) and module != '__main__':
        return 'ignore'
    if issubclass(category, (PendingDeprecationWarning, ImportWarning, ResourceWarning)):
        return 'ignore'
    return 'default'


def warn(message, category=None, stacklevel=1, source=None):
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '{:s}'".format(type(category).__name__))
    filename, lineno, module, line = _kernel.caller(stacklevel)
    action = _action(category, message, module, lineno)
    if action == 'ignore':
        return
    if action == 'error':
        raise category(message) if not isinstance(message, Warning) else message
    key = (str(message), category, filename, lineno if action != 'once' else 0)
    if action != 'always':
        if key in _shown:
            return
        _shown.add(key)
    showwarning(message, category, filename, lineno, line=line)


def simplefilter(action, category=Warning, lineno=0, append=False):
    entry = (action, '', category, '', lineno)
    if append:
        filters.append(entry)
    else:
        filters.insert(0, entry)


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    entry = (action, message, category, module, lineno)
    if append:
        filters.append(entry)
    else:
        filters.insert(0, entry)


def resetwarnings():
    filters[:] = []


class catch_warnings:
    def __init__(self, *, record=False):
        self._record = record

    def __enter__(self):
        self._saved = filters[:]
        return [] if self._record else None

    def __exit__(self, *exc_info):
        filters[:] = self._saved
