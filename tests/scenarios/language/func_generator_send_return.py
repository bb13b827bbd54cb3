def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return f'final {total}'
acc = accumulator()
print(next(acc))
print(acc.send(10))
print(acc.send(5))
try:
    acc.send(None)
except StopIteration as e:
    print('StopIteration value:', e.value)
def echo():
    received = yield 'ready'
    while True:
        received = yield f'got {received}'
e = echo()
print(e.send(None), e.send('a'), e.send('b'))
e.close()
try:
    next(e)
except StopIteration:
    print('closed generator raises StopIteration')
def fresh():
    yield 1
try:
    fresh().send(5)
except TypeError as err:
    print('TypeError:', err)
