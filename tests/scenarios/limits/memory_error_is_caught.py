# interleave: engine-limit
# interleave: memory-mb 256
# MemoryError is an exception like any other: caught, the program drops what it
# built and goes on (the collector gives the memory back).
chunks = []
try:
    while True:
        chunks.append([0] * 1_000_000)
except MemoryError:
    built = len(chunks)
    chunks = None
    print('out of memory after', 'many' if built > 10 else 'few', 'chunks')
again = [0] * 1_000_000
print('and a fresh list of', len(again), 'fits again')
