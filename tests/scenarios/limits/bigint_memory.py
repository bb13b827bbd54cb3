# interleave: engine-limit
# interleave: memory-mb 256
# Integers too big for the machine's memory fail at once with MemoryError, before
# any work: CPython would grind for hours on the first and refuse the second.
try:
    x = 10 ** (10 ** 12)
except MemoryError:
    print("pow: MemoryError")
try:
    x = 1 << (10 ** 13)
except MemoryError:
    print("shift: MemoryError")
x = 1 << 10 ** 9
try:
    y = x * x
except MemoryError:
    print("square: MemoryError", x.bit_length())
