def convert(v):
    try:
        return int(v)
    except (ValueError, TypeError) as e:
        return f'{type(e).__name__}: {e}'
for v in ['42', 'x', None, 3.9, [1]]:
    print(repr(v), '->', convert(v))
def lookup(d, k):
    try:
        return d[k]
    except LookupError as e:
        return f'LookupError caught {type(e).__name__} {e!r}'
print(lookup({'a': 1}, 'b'))
print(lookup([1, 2], 5))
print(lookup({'a': 1}, 'a'))
try:
    [][0]
except KeyError:
    print('not this one')
except IndexError:
    print('IndexError branch')
except Exception:
    print('not reached, first match wins')
