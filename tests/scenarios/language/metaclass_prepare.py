# __prepare__ gives the namespace a class body fills: here one that refuses a name
# defined twice, and one that remembers the order fields were declared in.
class DuplicateError(TypeError):
    pass


class NoRedefinition(dict):
    def __setitem__(self, key, value):
        if key in self and not key.startswith("__"):
            raise DuplicateError(f"{key!r} is defined twice")
        super().__setitem__(key, value)


class StrictMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kwargs):
        print(f"preparing {name} with {kwargs}")
        return NoRedefinition()

    def __new__(mcs, name, bases, namespace, **kwargs):
        fields = [k for k, v in namespace.items() if not k.startswith("__") and not callable(v)]
        cls = super().__new__(mcs, name, bases, dict(namespace))
        cls._fields = fields
        return cls

    def __init__(cls, name, bases, namespace, **kwargs):
        super().__init__(name, bases, namespace)


class Record(metaclass=StrictMeta, table="records"):
    id = 0
    title = ""
    done = False
    total = id + 1

    def show(self):
        return ", ".join(f"{f}={getattr(self, f)!r}" for f in self._fields)


print(Record._fields)
print(Record().show())
try:
    class Broken(metaclass=StrictMeta):
        def save(self):
            pass

        def save(self):
            pass
except DuplicateError as e:
    print("DuplicateError:", e)


class BadPrepare(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return 42


try:
    class Oops(metaclass=BadPrepare):
        pass
except TypeError as e:
    print("TypeError:", e)
