class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return '...'
    def describe(self):
        return f'{self.name} the {type(self).__name__.lower()} says {self.speak()}'
class Dog(Animal):
    def speak(self):
        return 'woof'
class Puppy(Dog):
    def __init__(self, name, toy):
        super().__init__(name)
        self.toy = toy
    def speak(self):
        return super().speak() + '!' * 2
    def describe(self):
        return super().describe() + f' and plays with {self.toy}'
class Fish(Animal):
    pass
for a in [Animal('generic'), Dog('rex'), Puppy('bit', 'ball'), Fish('nemo')]:
    print(a.describe())
print(issubclass(Puppy, Animal), issubclass(Animal, Dog), isinstance(Puppy('a', 'b'), Dog))
print(Puppy.__bases__[0].__name__, Dog.__base__.__name__, Animal.__bases__)
print([c.__name__ for c in Puppy.__mro__])
print(Puppy.speak is Dog.speak, Fish.speak is Animal.speak)
