# An exception raised in a coroutine and not caught ends asyncio.run with CPython's
# traceback through runners.py and base_events.py, then the coroutine's own frames.
import asyncio


async def parse(text):
    await asyncio.sleep(0.1)
    return int(text)


async def main():
    values = [await parse(t) for t in ['1', '2', 'three']]
    print(values)


asyncio.run(main())
