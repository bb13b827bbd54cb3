# An async generator left unfinished (a break in async for, or one item taken) is
# closed when asyncio.run shuts down: its finally runs; one never iterated is not.
import asyncio

async def ticker(name):
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0.1)
    finally:
        print(f"{name} closed")

async def main():
    async for t in ticker("first"):
        if t == 2:
            break
    print("main done")
    kept = ticker("kept")
    print(await kept.__anext__())
    unused = ticker("unused")

asyncio.run(main())
print("after")
