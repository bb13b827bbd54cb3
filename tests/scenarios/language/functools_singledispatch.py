# functools.singledispatch: one generic function, an implementation per argument type,
# registered by decorator argument or by annotation, found along the class's MRO.
from functools import singledispatch, singledispatchmethod


@singledispatch
def to_json(value):
    raise TypeError(f"cannot serialise {type(value).__name__}")


@to_json.register
def _(value: str):
    return '"' + value.replace('"', '\\"') + '"'


@to_json.register(int)
@to_json.register(float)
def _(value):
    return repr(value)


@to_json.register(bool)
def _(value):
    return "true" if value else "false"


@to_json.register(type(None))
def _(value):
    return "null"


@to_json.register(list)
@to_json.register(tuple)
def _(value):
    return "[" + ", ".join(to_json(v) for v in value) + "]"


@to_json.register(dict)
def _(value):
    return "{" + ", ".join(f"{to_json(str(k))}: {to_json(v)}" for k, v in value.items()) + "}"


class Tag(str):
    pass


print(to_json({"name": "Ada", "age": 36, "langs": ["en", Tag("fr")], "ok": True, "x": None, "pi": 3.5}))
print(to_json.dispatch(bool).__name__, to_json.dispatch(Tag) is to_json.dispatch(str), to_json.__name__)
try:
    to_json({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    to_json.register("nope")
except TypeError as e:
    print("TypeError:", e)


class Formatter:
    @singledispatchmethod
    def show(self, arg):
        return f"object {arg!r}"

    @show.register
    def _(self, arg: int):
        return f"int {arg:+d}"

    @show.register
    def _(self, arg: list):
        return "list of " + ", ".join(self.show(a) for a in arg)


f = Formatter()
print(f.show(5), "|", f.show("x"), "|", f.show([1, "y"]))
