class Student:
    def __init__(self, name, grade):
        self.name = name
        self.grade = grade
    def __repr__(self):
        return f'Student({self.name!r}, {self.grade})'
s1 = Student('Ann', 90)
print(s1)
s2 = Student('Bob')
print(s2)
