# A metaclass that checks each subclass as it is defined: required methods and a
# naming rule, raised while the class statement runs (before any instance exists).
class Interface(type):
    def __init__(cls, name, bases, namespace):
        super().__init__(name, bases, namespace)
        if not bases:
            return
        missing = [m for m in cls.required if not callable(getattr(cls, m, None))]
        if missing:
            raise TypeError(f"{name} must define {', '.join(missing)}")
        for attr in namespace:
            if not attr.startswith("_") and attr != attr.lower():
                raise TypeError(f"{name}.{attr}: method names are lower case")


class Service(metaclass=Interface):
    required = ("start", "stop")


class WebServer(Service):
    def start(self):
        return "listening"

    def stop(self):
        return "closed"


print(WebServer().start(), WebServer().stop())
try:
    class Worker(Service):
        def start(self):
            return "working"
except TypeError as e:
    print("TypeError:", e)
try:
    class Cache(Service):
        def start(self):
            pass

        def stop(self):
            pass

        def Flush(self):
            pass
except TypeError as e:
    print("TypeError:", e)
print(type(WebServer).__name__)


class Worker(Service):
    def start(self):
        return "working"
