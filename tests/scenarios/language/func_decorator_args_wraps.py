import functools
def repeat(times):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            return [func(*args, **kwargs) for _ in range(times)]
        return wrapper
    return decorate
@repeat(3)
def roll(x):
    """Return x doubled."""
    return x * 2
print(roll(4), roll.__name__, roll.__doc__, roll.__wrapped__(5))
def tag(name):
    def deco(f):
        @functools.wraps(f)
        def w(*a):
            return f'<{name}>' + f(*a) + f'</{name}>'
        return w
    return deco
@tag('b')
@tag('i')
def text(s):
    return s
print(text('hi'))
def bold(f):
    return lambda: '**' + f() + '**'
def italic(f):
    return lambda: '_' + f() + '_'
@bold
@italic
def word():
    return 'w'
print(word(), word.__name__)
