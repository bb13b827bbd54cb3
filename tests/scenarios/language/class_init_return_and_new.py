class Weird:
    def __init__(self):
        return 5
try:
    Weird()
except TypeError as e:
    print('TypeError:', e)
class Singleton:
    _instance = None
    def __new__(cls, *args):
        if cls._instance is None:
            print('creating instance')
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, value):
        print('init with', value)
        self.value = value
a = Singleton(1)
b = Singleton(2)
print(a is b, a.value, b.value)
class Abstract:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        print('subclass created:', cls.__name__)
class Impl(Abstract):
    pass
class Impl2(Impl):
    pass
