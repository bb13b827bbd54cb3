# enum, written in Python for Interleave. Members are made when the subclass is
# created (__init_subclass__); EnumType, the metaclass, gives the class its repr and
# keeps members from being reassigned; iterating, len() and indexing a class with
# `_member_map_` are supported by the VM.

_auto_counter = [0]


class auto:
    def __init__(self):
        self.value = None


class EnumType(type):
    def __repr__(cls):
        return f"<enum {cls.__name__!r}>"

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', ()):
            raise AttributeError(f'cannot reassign member {name!r}')
        super().__setattr__(name, value)


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    def __init_subclass__(cls, **kwargs):
        members = {}
        by_value = {}
        last = 0
        for name, value in list(cls.__dict__.items()):
            if name.startswith('_') or callable(value) or isinstance(value, (staticmethod, classmethod, property)):
                continue
            if isinstance(value, auto):
                value = cls._generate_next_value_(name, 1, len(members), last)
            if isinstance(value, int) and not isinstance(value, bool):
                last = value
            if value in by_value:
                setattr(cls, name, by_value[value])
                continue
            member = cls._new_member_(value)
            member._name_ = name
            member._value_ = value
            setattr(cls, name, member)
            members[name] = member
            by_value[value] = member
        cls._member_map_ = members
        cls._value2member_map_ = by_value
        cls.__members__ = dict(members)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return last_values + 1 if count else start

    @classmethod
    def _new_member_(cls, value):
        return object.__new__(cls)

    def __new__(cls, value):
        for member in cls._member_map_.values():
            if member._value_ == value:
                return member
        raise ValueError(f'{value!r} is not a valid {cls.__qualname__}')

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        return f'<{type(self).__name__}.{self._name_}: {self._value_!r}>'

    def __str__(self):
        return f'{type(self).__name__}.{self._name_}'

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)


class IntEnum(int, Enum):
    @classmethod
    def _new_member_(cls, value):
        return int.__new__(cls, value)

    # int comes before Enum in the MRO: members compare and hash as their ints.
    def __eq__(self, other):
        return self._value_ == other

    def __ne__(self, other):
        return self._value_ != other

    def __hash__(self):
        return hash(self._value_)

    def __str__(self):
        return str(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)


class StrEnum(str, Enum):
    @classmethod
    def _new_member_(cls, value):
        return str.__new__(cls, value)

    def __str__(self):
        return self._value_


class Flag(Enum):
    pass


def unique(cls):
    return cls
