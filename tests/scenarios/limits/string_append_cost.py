# Appending to a string: CPython 3.11 grows it in place only when it is a function's
# local (`s += x` then STORE_FAST); at module level (or on a global or an attribute)
# every append copies the whole string, so the loop is quadratic and takes seconds.
import time
t = time.perf_counter()
s = ''
for i in range(100000):
    s += 'ab'
module = time.perf_counter() - t

def build(n):
    s = ''
    for i in range(n):
        s += 'ab'
    return s

t = time.perf_counter()
local = len(build(100000))
local_time = time.perf_counter() - t
print(len(s), local)
print('module level takes more than 0.3 s:', module > 0.3)
print('a local takes less than 0.2 s:', local_time < 0.2)
