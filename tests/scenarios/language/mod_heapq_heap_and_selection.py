import heapq
from heapq import heappush, heappop, heapify, heapreplace, heappushpop, nlargest, nsmallest, merge
h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3]:
    heappush(h, x)
    print(h)
print([heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapify(data); print(data)
print(heapreplace(data, 10), data)
print(heappushpop(data, -1), data)
print(heappushpop(data, 4), data)
print(heappushpop([], 3))
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(heappop, [])
t(heapreplace, [], 1)
t(heappush, (), 1)
t(heapify, 'abc')
t(heappop, None)
t(heappush, [1], 'a')
print(nlargest(3, [5, 1, 8, 3, 9, 2]), nsmallest(3, [5, 1, 8, 3, 9, 2]))
print(nlargest(1, [5, 1, 8]), nsmallest(1, []), nlargest(0, [1, 2]), nsmallest(-1, [1]), nlargest(10, [3, 1, 2]))
words = ['pear', 'fig', 'banana', 'kiwi', 'apple', 'plum', 'date']
print(nlargest(3, words, key=len), nsmallest(3, words, key=len))
print(nsmallest(2, iter(words), key=len), nlargest(4, iter(words), key=len))
recs = [('a', 3), ('b', 1), ('c', 3), ('d', 2), ('e', 3), ('f', 1)]
print(nlargest(2, recs, key=lambda r: r[1]), nsmallest(2, recs, key=lambda r: r[1]))
print(nlargest(3, iter(recs), key=lambda r: r[1]), nsmallest(3, iter(recs), key=lambda r: r[1]))
print(list(merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(merge([1, 3], [], [2, 2, 4], [0])))
print(list(merge(['b', 'dd'], ['a', 'ccc'], key=len)))
print(list(merge([9, 5, 1], [8, 6, 2], reverse=True)))
print(list(merge()), list(merge([1, 2])))
print(list(merge([(1, 'x')], [(1, 'y')], key=lambda p: p[0])))
tasks = []
heappush(tasks, (2, 'write'))
heappush(tasks, (1, 'read'))
heappush(tasks, (3, 'close'))
heappush(tasks, (1, 'open'))
while tasks:
    print(heappop(tasks))
class Job:
    def __init__(self, p, name): self.p, self.name = p, name
    def __lt__(self, other):
        print(f"  {self.name} < {other.name}?")
        return self.p < other.p
    def __repr__(self): return self.name
js = []
for p, n in [(3, 'c'), (1, 'a'), (2, 'b'), (0, 'z')]:
    heappush(js, Job(p, n))
print(js)
print(heappop(js), js)
m = merge([1, 5], [2, 3])
print(next(m), type(m).__name__)
print(heapq.__all__)
t(nlargest, 2, [1, 'a', 3])
