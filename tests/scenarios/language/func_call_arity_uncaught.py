# Calling a function with too few arguments.
print('program start')
def greet(name, greeting):
    return f'{greeting}, {name}!'
print(greet('Ann', 'Hi'))
print(greet('Bob'))
