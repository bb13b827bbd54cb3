# concurrent: a package of one module here (concurrent.futures); CPython's __init__.py is empty.
__path__ = []
