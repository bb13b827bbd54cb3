async def fetch(x):
    return x


async def main(items, lock):
    a = await fetch(1)
    async with lock as held:
        b = await fetch(held)
    async for item in items:
        if item:
            break
    return [await fetch(i) async for i in items]


async def ticks(n):
    for i in range(n):
        yield i
