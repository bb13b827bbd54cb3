class Dog:
    species = 'canis'
    def __init__(self, name, age=1):
        self.name = name
        self.age = age
    def bark(self):
        return f'{self.name} says woof'
    def birthday(self):
        self.age += 1
        return self
d = Dog('Rex', 3)
print(d.name, d.age, d.species, Dog.species)
print(d.bark(), Dog.bark(d))
print(d.birthday().birthday().age)
d.color = 'brown'
print(d.color, sorted(vars(d)), d.__dict__)
print(type(d).__name__, type(d) is Dog, isinstance(d, Dog), isinstance(d, object))
print(hasattr(d, 'name'), hasattr(d, 'weight'), getattr(d, 'weight', 'n/a'))
setattr(d, 'weight', 30)
print(d.weight)
delattr(d, 'weight')
print(hasattr(d, 'weight'))
print(Dog.__name__, Dog.__qualname__, Dog.__module__)
