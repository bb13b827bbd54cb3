sq = lambda x: x ** 2
print(sq(5), (lambda: 'no args')(), (lambda *a: len(a))(1, 2, 3))
print((lambda a, b=2, *, c=3: a + b + c)(1, c=10))
pairs = [(1, 'one'), (3, 'three'), (2, 'two')]
print(sorted(pairs, key=lambda p: p[1]))
print(list(map(lambda s: s[::-1], ['abc', 'xy'])))
ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b}
for op in '+-*':
    print(3, op, 4, '=', ops[op](3, 4))
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
print(sq.__name__, (lambda: 0).__name__)
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
