import functools
def logged(func):
    @functools.wraps(func)
    def wrapper(*args):
        print(f'-> {func.__name__}{args}')
        return func(*args)
    return wrapper
@logged
def ratio(a, b):
    return a / b
print(ratio(6, 3))
print(ratio(1, 0))
