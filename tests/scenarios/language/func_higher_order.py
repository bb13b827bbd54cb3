import functools
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(lambda v: v * 2, 10, 1))
print(functools.reduce(lambda a, b: a * b, range(1, 6)))
print(functools.reduce(lambda a, b: a + b, [[1], [2], [3]], []))
print(functools.reduce(max, [3, 9, 2]))
try:
    functools.reduce(lambda a, b: a + b, [])
except TypeError as e:
    print('TypeError:', e)
p = functools.partial(int, base=2)
print(p('1011'), p.func.__name__, p.keywords)
def power(base, exp):
    return base ** exp
square = functools.partial(power, exp=2)
cube_of_2 = functools.partial(power, 2)
print(square(9), cube_of_2(3), [square(i) for i in range(5)])
def pipeline(*funcs):
    return lambda x: functools.reduce(lambda acc, f: f(acc), funcs, x)
run = pipeline(str.strip, str.lower, lambda s: s.replace(' ', '_'))
print(run('  Hello World  '))
print(list(map(functools.partial(max, 0), [-2, 5, -1])))
