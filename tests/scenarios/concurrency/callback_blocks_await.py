# An object whose __await__ blocks the thread before it awaits (time.sleep inside it):
# the await goes on as in CPython.
import asyncio, time
class Slow:
    def __await__(self):
        time.sleep(0.01)
        return (yield from asyncio.sleep(0, 'slept').__await__())
async def main():
    print(await Slow())
asyncio.run(main())
