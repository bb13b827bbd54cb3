# An Enum class is made by enum's metaclass: its repr, its type, iterating and
# indexing it, and a member that cannot be reassigned.
from enum import Enum, IntEnum, auto


class Status(Enum):
    PENDING = "pending"
    RUNNING = "running"
    DONE = "done"

    def is_final(self):
        return self is Status.DONE


class Priority(IntEnum):
    LOW = auto()
    HIGH = auto()


print(Status, type(Status).__name__, repr(Priority), type(Status.DONE))
print(list(Status), len(Status), Status["RUNNING"], Status("done"), Status.DONE.is_final())
print(Status.PENDING in Status, [p.name for p in Priority], Priority.HIGH > Priority.LOW)
try:
    Status.DONE = "finished"
except AttributeError as e:
    print("AttributeError:", e)
try:
    Status("lost")
except ValueError as e:
    print("ValueError:", e)
Status.label = "job state"
print(Status.label, isinstance(Status, type), isinstance(Status.DONE, Status))
