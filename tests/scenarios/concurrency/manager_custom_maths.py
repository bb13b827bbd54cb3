# The CPython docs' "Customized managers" example: a registered class's AutoProxy,
# its methods run in the manager's process; what it shows of itself.
from multiprocessing.managers import BaseManager
import os

class MathsClass:
    def add(self, x, y):
        return x + y
    def mul(self, x, y):
        return x * y
    def where(self):
        return os.getpid()
    def _hidden(self):
        return 'no'

class MyManager(BaseManager):
    pass

MyManager.register('Maths', MathsClass)

if __name__ == '__main__':
    with MyManager() as manager:
        maths = manager.Maths()
        print(maths.add(4, 3))         # prints 7
        print(maths.mul(7, 8))         # prints 56
        print(maths.where() != os.getpid())
        print(type(maths).__name__, type(maths).__mro__[1].__name__)
        print(repr(maths).startswith("<AutoProxy[Maths] object, typeid 'Maths' at 0x"))
        print(str(maths).startswith('<__main__.MathsClass object at 0x'))
        print(maths._exposed_, maths._token.typeid)
        print(hasattr(maths, '_hidden'), hasattr(maths, 'add'))
        try:
            maths._hidden()
        except AttributeError as e:
            print('AttributeError:', e)
        try:
            maths.add(1, 'x')
        except TypeError as e:
            print('TypeError:', e)
        try:
            maths._callmethod('_hidden')
        except Exception as e:
            print(type(e).__name__, str(e).splitlines()[-2])
        print(maths._getvalue().__class__.__name__)
        print(manager._state.value, type(manager.address).__name__)
    print(manager._state.value)
    try:
        maths.add(1, 2)
    except Exception as e:
        print(type(e).__name__, e)
