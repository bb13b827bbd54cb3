def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5), c2(), c1())
def make_multiplier(n):
    return lambda x: x * n
double, triple = make_multiplier(2), make_multiplier(3)
print(double(7), triple(7), [make_multiplier(i)(10) for i in range(4)])
def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in make_adders()])
def outer():
    msgs = []
    def log(m):
        msgs.append(m)
        return len(msgs)
    log('a'); log('b')
    return msgs, log
msgs, log = outer()
log('c')
print(msgs)
print(c1.__closure__[0].cell_contents, c1.__code__.co_freevars)
