# Coroutines without an event loop: calling an async function makes a coroutine
# object, send() runs it to its next suspension, StopIteration carries its result,
# throw() raises inside the innermost await, and awaiting a non-awaitable fails.


async def double(x):
    return x * 2


async def compute():
    a = await double(3)
    print('a =', a)
    return a + 1


class Tick:
    """An awaitable whose __await__ suspends once and returns what was sent."""

    def __await__(self):
        sent = yield 'tick'
        return sent


async def uses_tick():
    r = await Tick()
    print('got', r)
    try:
        await 5
    except TypeError as e:
        print('TypeError:', e)
    return 'done'


async def catcher():
    try:
        await Tick()
    except KeyError as e:
        print('caught', repr(e))
        return 1


async def outer():
    return await catcher()


c = compute()
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_running)
print(c.cr_frame.f_code.co_name, c.cr_frame.f_lineno)
try:
    c.send(None)
except StopIteration as e:
    print('result', e.value)
print(c.cr_frame)
try:
    c.send(None)
except RuntimeError as e:
    print('RuntimeError:', e)

c = uses_tick()
print(c.send(None))
try:
    c.send(42)
except StopIteration as e:
    print('finished with', e.value)

c = outer()
print(c.send(None))
try:
    c.throw(KeyError('k'))
except StopIteration as e:
    print('outer returned', e.value)

c = double(1)
try:
    for x in c:
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    next(c)
except TypeError as e:
    print('TypeError:', e)
c.close()


async def reuse():
    coro = double(5)
    print(await coro)
    try:
        await coro
    except RuntimeError as e:
        print('RuntimeError:', e)

try:
    reuse().send(None)
except StopIteration:
    pass
