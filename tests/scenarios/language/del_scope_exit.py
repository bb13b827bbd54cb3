# A function's locals are freed when it returns, in the order they were made; an
# exception keeps the frames it left (its traceback) until the except block ends.
class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('close', self.name)


def work():
    a = Resource('a')
    b = Resource('b')
    c = a                  # a has two references: it goes when c does
    print('working')
    return 'result'


print(work())
print('after work')


def make():
    r = Resource('returned')
    t = Resource('temp')
    return r


kept = make()
print('kept', kept.name)
kept = None


def fail(depth):
    r = Resource('depth %d' % depth)
    if depth == 0:
        raise ValueError('deep down')
    fail(depth - 1)


try:
    fail(2)
except ValueError as e:
    print('caught', e)
print('after the handler')


def counter():
    r = Resource('generator')
    yield 1
    yield 2


g = counter()
print(next(g))
del g
print('generator dropped')


def outer():
    r = Resource('closed over')

    def inner():
        return r.name
    return inner


f = outer()
print(f())
f = None
print('closure dropped')


class Session:
    def __enter__(self):
        self.conn = Resource('connection')
        return self

    def __exit__(self, *exc):
        self.conn = None
        return False


with Session() as s:
    print('inside with')
print('after with')
