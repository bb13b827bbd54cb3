# The singleton pattern through a metaclass: __call__ on the metaclass decides what
# calling the class does, so every Config() is the one instance made first.
class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            print(f"creating the only {cls.__name__}")
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, path="settings.ini"):
        self.path = path
        self.values = {}


class Logger(metaclass=Singleton):
    def __init__(self):
        self.lines = []

    def log(self, msg):
        self.lines.append(msg)


a = Config("app.ini")
b = Config("other.ini")
print(a is b, a.path, b.path)
a.values["debug"] = True
print(Config().values)

Logger().log("start")
Logger().log("stop")
print(Logger().lines)
print(type(Config), type(Config) is Singleton, isinstance(Config, Singleton), isinstance(Config, type))
print(Config, Singleton, type(Singleton))
print(sorted(c.__name__ for c in Singleton._instances))
print(isinstance(a, Config), Config.__class__.__name__, Config.__mro__)
