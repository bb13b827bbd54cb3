class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, (C, B)), isinstance(b, C), isinstance(A, type))
print(issubclass(B, A), issubclass(A, A), issubclass(B, (C, A)), issubclass(bool, int))
print(isinstance(3, (int, str)), isinstance('3', (int, float)), isinstance(None, type(None)))
print(type(b) == B, type(b) == A, type(b).__name__, b.__class__.__name__, type(type(b)).__name__)
print(type(5).__name__, type('s').__name__, type([]).__name__, type({}).__name__, type(None).__name__)
print(type(len).__name__, type(lambda: 0).__name__, type(A).__name__, type(print).__name__)
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(Exception, BaseException))
print(isinstance(True, bool), isinstance(1, bool), isinstance([], object), issubclass(type, object))
try:
    isinstance(b, b)
except TypeError as e:
    print('TypeError:', e)
