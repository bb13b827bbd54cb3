x = 10
s = 'hi'
lst = [1, 2]
print(f'{x=}')
print(f'{s=}')
print(f'{s=!s}')
print(f'{x * 3 + 1=}')
print(f'{lst=}, {len(lst)=}')
print(f'{x=:>6}|')
print(f'{x = :08.2f}')
print(f'{s!r:>6}|{s:>6}|')
class V:
    def __str__(self):
        return 'V-str'
    def __repr__(self):
        return 'V-repr'
    def __format__(self, spec):
        return f'V-format[{spec}]'
v = V()
print(f'{v}', f'{v!s}', f'{v!r}', f'{v:xyz}', f'{v=}')
print(str(v), repr(v), format(v, 'abc'), '{}'.format(v), '%s %r' % (v, v))
