def shout(func):
    def wrapper(*args, **kwargs):
        print(f'calling {func.__name__} with {args} {kwargs}')
        result = func(*args, **kwargs)
        print(f'{func.__name__} returned {result!r}')
        return result
    return wrapper
@shout
def add(a, b=0):
    return a + b
add(2, b=3)
add(10)
print(add.__name__)
def twice(func):
    def wrapper(*a):
        func(*a)
        func(*a)
    return wrapper
@twice
def hello(name):
    print('hello', name)
hello('world')
