# types.MethodType binds a function to one object at run time; types.ModuleType and
# SimpleNamespace make a module and a namespace by hand.
import types


class Robot:
    def __init__(self, name):
        self.name = name


def speak(self, word):
    return f"{self.name} says {word}"


r1, r2 = Robot("R1"), Robot("R2")
r1.speak = types.MethodType(speak, r1)
print(r1.speak("hello"), hasattr(r2, "speak"))
m = r1.speak
print(m.__self__ is r1, m.__func__ is speak, type(m) is types.MethodType)


class Counter:
    count = 0


def bump(cls):
    cls.count += 1
    return cls.count


Counter.bump = types.MethodType(bump, Counter)
print(Counter.bump(), Counter.bump())
try:
    types.MethodType(42, r1)
except TypeError as e:
    print("TypeError:", e)

mod = types.ModuleType("plugins", "Plugins loaded at run time.")
mod.greet = lambda: "hi from plugins"
print(mod, mod.__name__, mod.__doc__, mod.greet())
print(sorted(vars(mod)))
print(types.ModuleType("empty").__doc__, isinstance(mod, types.ModuleType))
ns = types.SimpleNamespace(host="localhost", port=8080)
ns.debug = True
print(ns, ns.port)


class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        ns["made_with"] = kw
        return super().__new__(mcs, name, bases, ns)


Dyn = types.new_class("Dyn", (), {"metaclass": Meta, "level": 2}, lambda ns: ns.update(x=1))
print(Dyn, type(Dyn).__name__, Dyn.x, Dyn.made_with, types.prepare_class("E", (Dyn,))[0].__name__)
