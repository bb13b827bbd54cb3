class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        return CountdownIter(self.start)
class CountdownIter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
c = Countdown(3)
print(list(c), list(c))
for v in c:
    print('tick', v)
print(sum(Countdown(4)), max(Countdown(5)), 2 in Countdown(3), 7 in Countdown(3))
it = iter(c)
print(next(it), next(it), next(it), next(it, 'stop'))
a, b, cc = Countdown(3)
print(a, b, cc)
print(sorted(Countdown(4)), dict(zip('abc', Countdown(3))))
class OldStyle:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 100
print(list(OldStyle()), 200 in OldStyle())
