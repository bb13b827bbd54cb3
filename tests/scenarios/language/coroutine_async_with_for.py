# async with, async for, async generators and async comprehensions, driven by
# asyncio.run: __aenter__/__aexit__ are awaited, __anext__ until StopAsyncIteration.
import asyncio


class Connection:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await asyncio.sleep(0.1)
        print(f'open {self.name}')
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.1)
        print(f'close {self.name}', exc_type.__name__ if exc_type else None)
        return exc_type is KeyError


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        await asyncio.sleep(0.01)
        self.n -= 1
        return self.n + 1


async def ticker(delay, to):
    for i in range(to):
        yield i
        await asyncio.sleep(delay)


async def square(x):
    await asyncio.sleep(0.01)
    return x * x


async def main():
    async with Connection('db') as conn:
        print('using', conn.name)
    async with Connection('cache'):
        raise KeyError('suppressed by __aexit__')
    try:
        async with Connection('api'):
            raise ValueError('not suppressed')
    except ValueError as e:
        print('ValueError:', e)
    async for n in Countdown(3):
        print('countdown', n)
    async for i in ticker(0.1, 3):
        print('tick', i)
    print([x async for x in ticker(0.01, 4) if x % 2 == 0])
    print({x: await square(x) for x in range(3)})
    print([await square(x) async for x in Countdown(3)])
    agen = ticker(0, 5)
    print(type(agen).__name__, await agen.__anext__(), await agen.asend(None))
    await agen.aclose()
    try:
        await agen.__anext__()
    except StopAsyncIteration:
        print('closed generator is exhausted')
    for i in range(2):
        async with Connection(f'loop{i}'):
            if i == 0:
                continue
            break
    try:
        async for x in 5:
            pass
    except TypeError as e:
        print('TypeError:', e)
    try:
        async with 5:
            pass
    except TypeError as e:
        print('TypeError:', e)


asyncio.run(main())
