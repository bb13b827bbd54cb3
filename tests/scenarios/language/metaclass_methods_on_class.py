# What a metaclass defines is seen on its classes (not on their instances): methods,
# properties, classmethods, __getattr__, and the protocols len(), iter(), [] and in.
class TableMeta(type):
    def __len__(cls):
        return len(cls.rows)

    def __iter__(cls):
        return iter(cls.rows)

    def __getitem__(cls, index):
        return cls.rows[index]

    def __contains__(cls, item):
        return item in cls.rows

    def __repr__(cls):
        return f"<table {cls.__name__} ({len(cls)} rows)>"

    def __getattr__(cls, name):
        if name.startswith("find_"):
            column = name[5:]
            return lambda value: [r for r in cls.rows if r[column] == value]
        raise AttributeError(f"table {cls.__name__} has no column query {name!r}")

    @property
    def columns(cls):
        return sorted(cls.rows[0]) if cls.rows else []

    @classmethod
    def tables(mcs):
        return mcs.__name__

    def describe(cls):
        return f"{cls.__name__}: {', '.join(cls.columns)}"


class People(metaclass=TableMeta):
    rows = [{"name": "ana", "age": 31}, {"name": "bo", "age": 25}, {"name": "cy", "age": 31}]

    def greet(self):
        return "hi"


print(len(People), People[1], list(People)[0]["name"], People.rows[0] in People)
print(People, repr(People), str(People), f"{People!r}")
print(People.columns, People.describe(), People.tables())
print(People.find_age(31))
try:
    People.find
except AttributeError as e:
    print("AttributeError:", e)
try:
    People().describe()
except AttributeError as e:
    print("AttributeError:", e)
print(People().greet(), hasattr(People, "describe"), hasattr(People(), "describe"))
print(isinstance(People, TableMeta), type(People).__name__, [len(People)])
