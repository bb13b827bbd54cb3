# A metaclass's __getattribute__, __getattr__, __setattr__ and __delattr__ see every
# attribute access on its classes; super() reaches type's own.
class Logged(type):
    def __getattribute__(cls, name):
        if name == "secret":
            return "from the metaclass"
        if name.startswith("hidden"):
            raise AttributeError(name)
        return super().__getattribute__(name)
    def __getattr__(cls, name):
        return f"missing {name}"
    def __setattr__(cls, name, value):
        print("setting", name, value)
        super().__setattr__(name, value)
    def __delattr__(cls, name):
        print("deleting", name)
        super().__delattr__(name)

class Config(metaclass=Logged):
    debug = False
    def method(self):
        return "method"

print(Config.secret)
print(Config.debug)
print(Config.hidden_flag)
print(Config.nothing)
print(Config().method())
Config.debug = True
print(Config.debug)
del Config.debug
print(Config.debug)
print(getattr(Config, "secret"), hasattr(Config, "debug"))
try:
    del Config.never
except AttributeError as e:
    print("AttributeError:", e)

class Plain(type):
    pass
class P(metaclass=Plain):
    x = 1
del P.x
print(hasattr(P, "x"))
try:
    del P.x
except AttributeError as e:
    print("AttributeError:", e)
