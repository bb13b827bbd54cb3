it = iter([1])
print(next(it))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', repr(e), e.value)
def gen():
    yield 1
    raise StopIteration('inside generator')
try:
    list(gen())
except RuntimeError as e:
    print('RuntimeError:', e, '| cause:', repr(e.__cause__))
def gen2():
    return 'result'
    yield
g = gen2()
try:
    next(g)
except StopIteration as e:
    print('return value via StopIteration:', e.value)
