# CPython closes a generator it frees: its finally blocks and with statements run at
# the moment the last reference goes (del, break out of a for, a rebinding, the exit).
import io, re, sys, threading

# What the unraisable hook reports is read back with the addresses masked.
sys.stderr = report = io.StringIO()

def gen(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally", name)

g = gen("a"); next(g)
del g
print("after a")
for x in gen("b"):
    break
print("after b")

def first(it):
    for x in it:
        return x
print(first(gen("c")))
g = gen("d"); next(g)
g = None
print("after d")

lock = threading.Lock()
def locked_rows():
    with lock:
        yield "row 1"
        yield "row 2"
for row in locked_rows():
    print(row, lock.locked())
    break
print("lock free again:", not lock.locked())

def stubborn():
    try:
        yield 1
    finally:
        yield 2
s = stubborn(); next(s)
del s
print("after stubborn")

def raising():
    try:
        yield 1
    finally:
        raise ValueError("in finally")
r = raising(); next(r)
r = None
print("after raising")
sys.stderr = sys.__stderr__
print(re.sub(r"0x[0-9a-f]+", "0x...", report.getvalue()))

def never_started():
    try:
        yield 1
    finally:
        print("never printed")
n = never_started()
del n

def done():
    try:
        yield 1
    finally:
        print("finally done")
d = done()
print(list(d))
del d
h = gen("e"); next(h)
print("end")
