def average(values):
    return total(values) / len(values)
def total(values):
    s = 0
    for v in values:
        s += v
    return s
def report(groups):
    for name, vals in groups.items():
        print(name, average(vals))
report({'a': [1, 2, 3], 'b': [10], 'c': []})
