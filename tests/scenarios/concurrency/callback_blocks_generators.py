# Generators and iterators drained by built-ins (sorted, join, dict, zip, enumerate,
# unpacking) while they sleep, and key functions that sleep over iterators.
import time, threading
def g(n):
    for i in range(n):
        time.sleep(0.001)
        yield n - i
def slowkey(x):
    time.sleep(0.001)
    return x
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        time.sleep(0.001)
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
tests = {
 'sorted_gen': lambda: sorted(g(3)),
 'join_gen': lambda: ''.join(str(x) for x in g(3)),
 'dict_gen': lambda: dict((x, x) for x in g(2)),
 'set_gen': lambda: set(g(3)),
 'tuple_gen': lambda: tuple(g(3)),
 'max_gen': lambda: max(g(3)),
 'sum_gen': lambda: sum(g(3)),
 'list_it': lambda: list(It()),
 'sorted_it': lambda: sorted(It()),
 'zip_key': lambda: sorted(zip([3, 1, 2], 'abc'), key=slowkey),
 'enum_key': lambda: sorted(enumerate([3, 1, 2]), key=lambda p: slowkey(p[1])),
 'iter_key': lambda: sorted(iter([3, 1, 2]), key=slowkey),
 'map_iter': lambda: list(map(slowkey, iter([1, 2, 3]))),
 'zip_gen': lambda: list(zip(g(3), iter([1, 2, 3]))),
 'zip_gen2': lambda: list(zip(iter([1, 2, 3]), g(3))),
 'enum_gen': lambda: list(enumerate(g(3))),
 'minkey_iter': lambda: min(iter([3, 1, 2]), key=slowkey),
 'extend': lambda: [0] + [*g(2)],
 'unpack': lambda: (lambda a, b, c: (a, b, c))(*g(3)),
 'starunpack': lambda: [x for x in g(2)],
 'listcomp_iter': lambda: [slowkey(x) for x in iter([1, 2])],
 'dictupdate': lambda: {**dict(zip('ab', g(2)))},
 'str_join_map': lambda: ','.join(map(str, g(3))),
}
for name, f in tests.items():
    try:
        r = f()
        print(name, 'ok', r)
    except Exception as e:
        print(name, 'ERR', type(e).__name__, e)
