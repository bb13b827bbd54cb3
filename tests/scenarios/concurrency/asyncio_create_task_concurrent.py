# The docs' create_task timing example: two tasks sleep at the same time, so the
# whole takes the longest delay (2 s), not the sum (3 s).
import asyncio


async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)


async def main():
    loop = asyncio.get_running_loop()
    task1 = asyncio.create_task(say_after(1, 'hello'))
    task2 = asyncio.create_task(say_after(2, 'world'))
    start = loop.time()
    print("started")
    await task1
    await task2
    print(f"finished after {round(loop.time() - start)} s")


asyncio.run(main())
