class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError(f'{v} is below absolute zero')
        self._c = v
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9
    @celsius.deleter
    def celsius(self):
        print('deleting')
        del self._c
t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 212
print(t.celsius, t._c)
try:
    t.celsius = -300
except ValueError as e:
    print('ValueError:', e)
class ReadOnly:
    @property
    def value(self):
        return 42
r = ReadOnly()
try:
    r.value = 1
except AttributeError as e:
    print('AttributeError:', e)
del t.celsius
print(hasattr(t, '_c'), type(Temperature.celsius).__name__)
