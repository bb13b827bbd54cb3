from enum import Enum, auto, IntEnum


class State(Enum):
    READY = auto()
    RUNNING = auto()
    BLOCKED = auto()


class Light(IntEnum):
    RED = 1
    GREEN = 2


print(list(State), State.RUNNING, State.RUNNING.name, State.RUNNING.value)
print(State["BLOCKED"], State(1), repr(State.READY))
print(Light.RED < Light.GREEN, Light.GREEN + 1, f"{Light.RED}")
try:
    State(9)
except ValueError as e:
    print(e)
