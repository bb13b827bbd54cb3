# The docs' say_after example: awaiting coroutines one after another takes the sum
# of their delays; loop.time() is the virtual clock, so the elapsed time prints exactly.
import asyncio


async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    print("started")
    await say_after(1, 'hello')
    await say_after(2, 'world')
    print(f"finished after {round(loop.time() - start)} s")


asyncio.run(main())
