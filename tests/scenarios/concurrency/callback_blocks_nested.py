# Nested natives whose callbacks block at two levels, a callback that blocks twice,
# and a generator drained by a native that blocks inside a nested call.
import threading, time

lock = threading.Lock()
log = []

class Inner:
    def __init__(self, n): self.n = n
    def __format__(self, spec):
        time.sleep(0.001)
        with lock:
            log.append(self.n)
        time.sleep(0.001)
        return f'<{self.n}:{spec}>'

class Outer:
    def __init__(self, items): self.items = items
    def __repr__(self):
        time.sleep(0.001)
        return 'Outer(' + ', '.join('{:>2}'.format(i) for i in self.items) + ')'

def holder():
    with lock:
        time.sleep(0.02)

t = threading.Thread(target=holder)
t.start()
time.sleep(0.005)
print(repr([Outer([Inner(1), Inner(2)]), Outer([Inner(3)])]))
print(log)
t.join()

def gen():
    for i in range(3):
        time.sleep(0.001)
        yield '{}'.format(Inner(i))
print(sorted(gen(), reverse=True))
print(dict(zip('abc', gen())))

class Slow:
    def __init__(self, k): self.k = k
    def __hash__(self):
        time.sleep(0.001); return hash(self.k)
    def __eq__(self, other):
        time.sleep(0.001); return self.k == other.k
    def __repr__(self): return f'S{self.k}'
d = {Slow(i): i for i in range(5)}
print(d[Slow(3)], Slow(9) in d, len(set([Slow(1), Slow(1), Slow(2)])))
counts = {}
for w in [Slow(1), Slow(2), Slow(1)]:
    counts[w] = counts.get(w, 0) + 1
print(counts)
try:
    sorted([Slow(2), Slow(1)], key=lambda s: (time.sleep(0.001), 1 / (s.k - 1))[1])
except ZeroDivisionError as e:
    print('key raised', e)
