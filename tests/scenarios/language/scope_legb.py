x = 'global x'
def outer():
    x = 'enclosing x'
    def inner():
        x = 'local x'
        return x
    def inner_enclosing():
        return x
    return inner(), inner_enclosing()
print(outer(), x)
def uses_builtin():
    return len('abcd')
print(uses_builtin())
def local_shadows_builtin():
    print = 'not a function'
    return print
print(local_shadows_builtin())
def make():
    a = 1
    def show():
        return a
    a = 2
    return show
print(make()())
print(sorted(k for k in dir() if not k.startswith('__')))
