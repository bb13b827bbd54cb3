def inner():
    yield 1
    yield 2
    return 'inner result'
def outer():
    result = yield from inner()
    print('inner returned', result)
    yield 3
print(list(outer()))
def chain(*iters):
    for it in iters:
        yield from it
print(list(chain('ab', [1, 2], range(2))))
def tree(node, depth=0):
    name, children = node
    yield '  ' * depth + name
    for ch in children:
        yield from tree(ch, depth + 1)
t = ('root', [('a', [('a1', []), ('a2', [])]), ('b', [])])
for line in tree(t):
    print(line)
def delegator():
    x = yield from sub()
    yield f'sub gave {x}'
def sub():
    got = yield 'first'
    return got * 2
d = delegator()
print(next(d), d.send(21))
