class Greeter:
    def greet():
        return 'hello'
print(Greeter.greet())
g = Greeter()
print(g.greet())
