# importlib: import_module (a module by its dotted name, imported as a frame).
import _kernel


def import_module(name, package=None):
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative import for %r" % name)
        name = package + name
    return _kernel.import_module(name)
