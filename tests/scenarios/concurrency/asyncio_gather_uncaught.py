# A task's exception reaches whoever awaits it; gather re-raises the first failure,
# which ends asyncio.run with CPython's traceback through the failing worker.
import asyncio

async def worker(n):
    await asyncio.sleep(0.1)
    if n == 2:
        raise KeyError(n)
    return n

async def main():
    t = asyncio.create_task(worker(2))
    try:
        await t
    except KeyError as e:
        print("caught", e)
    print(await asyncio.gather(worker(1), worker(3)))
    await asyncio.gather(worker(1), worker(2))

asyncio.run(main())
