# Concatenating str and int inside a function.
print('program start')
def describe(name, age):
    return 'Name: ' + name + ', age: ' + age
print(describe('Ann', '30'))
print(describe('Bob', 25))
