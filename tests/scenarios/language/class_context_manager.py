class Managed:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print(f'enter {self.name}')
        return self
    def __exit__(self, exc_type, exc, tb):
        print(f'exit {self.name}', exc_type.__name__ if exc_type else None, exc)
        return self.suppress
with Managed('a') as m:
    print('inside', m.name)
with Managed('outer'), Managed('inner'):
    print('nested body')
with Managed('quiet', suppress=True):
    raise ValueError('swallowed')
print('continued after suppressed error')
try:
    with Managed('loud'):
        raise KeyError('k')
except KeyError as e:
    print('propagated', repr(e))
def f():
    with Managed('ret'):
        return 'returned value'
print(f())
