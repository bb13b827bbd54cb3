# Async generators' asend/athrow/aclose (their finally runs), an async generator
# expression, and CPython's errors for awaiting a running or finished coroutine.
import asyncio

async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen finally")

async def selfawait():
    await c

async def main():
    g = agen()
    print(await g.__anext__())
    try:
        await g.athrow(ValueError("x"))
    except ValueError as e:
        print("athrow raised", e)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted")
    h = agen()
    print(await h.asend(None))
    await h.aclose()
    gen = (await asyncio.sleep(0, i) for i in range(3))
    print(type(gen).__name__)
    print([x async for x in gen])

async def thrower():
    return 1

c = selfawait()
try:
    c.send(None)
except BaseException as e:
    print(type(e).__name__, e)
t = thrower()
try:
    t.throw(KeyError("k"))
except KeyError as e:
    print("KeyError from unstarted", e)
try:
    t.send(None)
except RuntimeError as e:
    print(e)
asyncio.run(main())
