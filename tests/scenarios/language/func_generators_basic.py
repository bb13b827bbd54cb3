def gen():
    print('start')
    yield 1
    print('after 1')
    yield 2
    print('end')
g = gen()
print(type(g).__name__)
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration:
    print('exhausted')
print(list(gen()))
def squares(n):
    for i in range(n):
        yield i * i
print(list(squares(5)), sum(squares(4)), max(squares(3)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 12)))
print(next(x for x in fib() if x > 1000))
