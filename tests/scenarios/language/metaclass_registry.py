# A metaclass that records every subclass as it is defined: the plugin registry
# pattern, with keyword arguments on the class statement reaching __new__ and __init__.
class PluginMeta(type):
    registry = {}

    def __new__(mcs, name, bases, namespace, **kwargs):
        cls = super().__new__(mcs, name, bases, namespace)
        if bases:  # not the base class itself
            key = kwargs.get("key", name.lower())
            mcs.registry[key] = cls
            print(f"registered {name} as {key!r}")
        return cls

    def __init__(cls, name, bases, namespace, **kwargs):
        super().__init__(name, bases, namespace)
        cls.priority = kwargs.get("priority", 0)

    def create(cls, key, *args):
        return cls.registry[key](*args)

    def by_priority(cls):
        return sorted(cls.registry.values(), key=lambda c: -c.priority)


class Exporter(metaclass=PluginMeta):
    def __init__(self, data):
        self.data = data

    def export(self):
        raise NotImplementedError


class CSVExporter(Exporter, key="csv", priority=2):
    def export(self):
        return ",".join(map(str, self.data))


class JSONExporter(Exporter, priority=5):
    def export(self):
        return "[" + ", ".join(map(str, self.data)) + "]"


class TabExporter(CSVExporter, key="tsv"):
    def export(self):
        return super().export().replace(",", "\t")


print(sorted(PluginMeta.registry))
for key in ["csv", "jsonexporter", "tsv"]:
    print(key, Exporter.create(key, [1, 2, 3]).export())
print([c.__name__ for c in Exporter.by_priority()])
print(CSVExporter.priority, TabExporter.priority, Exporter.priority)
print(type(TabExporter).__name__, TabExporter.__mro__)
try:
    Exporter.create("xml", [])
except KeyError as e:
    print("no exporter for", e)
