# Each coroutine keeps the exception it is handling across an await (another
# task handling its own meanwhile), so a bare raise and sys.exc_info() see its own.
import asyncio
import sys

async def other():
    await asyncio.sleep(0.05)
    try:
        raise KeyError("other")
    except KeyError:
        await asyncio.sleep(0.1)
        print("other sees", repr(sys.exc_info()[1]))

async def worker():
    try:
        raise ValueError("mine")
    except ValueError:
        await asyncio.sleep(0.1)
        print("worker sees", repr(sys.exc_info()[1]))
        try:
            raise
        except ValueError as e:
            print("re-raised", repr(e))
    print("after", repr(sys.exc_info()[1]))

async def main():
    await asyncio.gather(worker(), other())
    try:
        raise OSError("outer")
    except OSError:
        await worker()
        print("main still sees", repr(sys.exc_info()[1]))

asyncio.run(main())
