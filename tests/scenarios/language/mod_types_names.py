# types: SimpleNamespace to hold settings, and the names of the interpreter's
# own types for isinstance checks.
import os
import types

ns = types.SimpleNamespace(host='localhost', port=8080)
ns.debug = True
print(ns, ns.port, vars(ns))
print(ns == types.SimpleNamespace(host='localhost', port=8080, debug=True), types.SimpleNamespace())
ns.self = ns
print(ns)
try:
    types.SimpleNamespace({'a': 1})
except TypeError as e:
    print('TypeError:', e)


def f():
    pass


def gen():
    yield 1


class C:
    def m(self):
        pass


print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType),
      isinstance(gen(), types.GeneratorType), isinstance(C().m, types.MethodType),
      isinstance(len, types.BuiltinFunctionType), isinstance(os, types.ModuleType),
      isinstance(None, types.NoneType), isinstance(C, types.FunctionType))
print(types.FunctionType.__name__, types.GeneratorType.__name__, types.ModuleType.__name__,
      types.BuiltinFunctionType.__name__, types.MethodType.__name__)
