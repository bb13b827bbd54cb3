def get(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError(f'{k} not available') from None
print(get({'a': 1}, 'a'))
get({'a': 1}, 'b')
