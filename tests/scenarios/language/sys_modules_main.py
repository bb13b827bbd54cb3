# The running program is the module '__main__' in sys.modules, so it can look its
# own functions up by name (a tiny command dispatcher).
import sys


def cmd_add(a, b):
    return a + b


def cmd_mul(a, b):
    return a * b


this = sys.modules[__name__]
print(__name__, "__main__" in sys.modules, this is sys.modules["__main__"])
for line in ["add 2 3", "mul 4 5", "div 1 2"]:
    name, *args = line.split()
    func = getattr(this, "cmd_" + name, None)
    if func is None:
        print(f"unknown command {name!r}")
    else:
        print(name, func(*map(int, args)))
print(sorted(n for n in dir(this) if n.startswith("cmd_")))
setattr(this, "answer", 42)
print(answer)
