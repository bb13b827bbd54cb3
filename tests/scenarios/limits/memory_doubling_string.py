# interleave: engine-limit
# interleave: memory-mb 256
# A string that doubles without end: MemoryError where the machine's memory runs
# out, with CPython's traceback, as when malloc fails (never an abort of the engine).
s = 'x'
n = 0
while True:
    s += s
    n += 1
