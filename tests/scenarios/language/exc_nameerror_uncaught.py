# Typo in a local variable name; CPython suggests the close match.
print('program start')
def greet(name):
    mesage = f'hello {name}'
    print(message)
greet('world')
