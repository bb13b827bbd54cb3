class Catcher:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return 'resource'
    def __exit__(self, et, ev, tb):
        if et is None:
            print('clean exit')
            return False
        handled = issubclass(et, self.types)
        print(f'exit with {et.__name__}: {ev} -> {"suppressed" if handled else "propagated"}')
        return handled
with Catcher(ValueError) as r:
    print('got', r)
with Catcher(ValueError, KeyError):
    int('oops')
with Catcher(LookupError):
    [][1]
try:
    with Catcher(KeyError):
        1 / 0
except ZeroDivisionError:
    print('outer saw ZeroDivisionError')
print('end')
