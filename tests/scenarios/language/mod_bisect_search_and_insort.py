import bisect
from bisect import bisect_left, bisect_right, insort_left, insort_right, insort
a = [1, 2, 4, 4, 4, 7, 9]
for x in [0, 1, 4, 5, 9, 10]:
    print(x, bisect_left(a, x), bisect_right(a, x), bisect.bisect(a, x))
print(bisect_left(a, 4, 3), bisect_left(a, 4, 0, 2), bisect_right(a, 4, lo=1, hi=4), bisect_right(a, 4, 0, -1))
b = []
for x in [5, 1, 4, 1, 9, 2]:
    insort(b, x)
print(b)
insort_left(b, 4); insort_right(b, 4, 0, 3); print(b)
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(bisect_left, a, 3, -1)
t(insort, a, 3, -2)
t(bisect_left, None, 3)
t(bisect_right, [1, 'a'], 2)
t(bisect_left, a, 3, 0, 100)
people = [('al', 21), ('bo', 30), ('cy', 42)]
ages = lambda p: p[1]
print(bisect_left(people, 30, key=ages), bisect_right(people, 30, key=ages))
insort(people, ('di', 30), key=ages); print(people)
insort_left(people, ('ed', 30), key=ages); print(people)
def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
class V:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print(f"  {self.v} < {o.v}")
        return self.v < o.v
vs = [V(i) for i in range(0, 20, 3)]
print(bisect_left(vs, V(7)), bisect_right(vs, V(9)))
print(bisect.bisect_left.__name__, bisect.insort.__name__, bisect.bisect.__name__)
