# gather with return_exceptions=True puts a failure in the results list; without it,
# the first exception propagates to the awaiting coroutine.
import asyncio


async def ok(n):
    await asyncio.sleep(0.1 * n)
    return n * 10


async def fail(msg):
    await asyncio.sleep(0.05)
    raise ValueError(msg)


async def main():
    results = await asyncio.gather(ok(1), fail("bad input"), ok(2), return_exceptions=True)
    print(results)
    try:
        await asyncio.gather(ok(1), fail("boom"))
    except ValueError as e:
        print("gather raised:", repr(e))
    print(await asyncio.gather())


asyncio.run(main())
