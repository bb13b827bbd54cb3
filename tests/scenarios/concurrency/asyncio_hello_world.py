# CPython's asyncio docs' first example: a coroutine that prints, sleeps on the
# event loop and prints again; asyncio.run drives it.
import asyncio


async def main():
    print('Hello ...')
    await asyncio.sleep(1)
    print('... World!')


asyncio.run(main())
