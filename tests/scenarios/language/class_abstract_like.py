class Shape:
    def area(self):
        raise NotImplementedError(f'{type(self).__name__} must implement area')
    def describe(self):
        return f'{type(self).__name__} with area {self.area():.2f}'
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
class Blob(Shape):
    pass
for sh in [Circle(1), Square(3), Blob()]:
    try:
        print(sh.describe())
    except NotImplementedError as e:
        print('NotImplementedError:', e)
shapes = sorted([Circle(2), Square(2), Square(5)], key=lambda s: s.area())
print([type(s).__name__ for s in shapes])
