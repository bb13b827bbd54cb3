# asyncio.Condition: consumers wait for items under the condition's lock, a producer
# adds one item at a time and notifies one waiter, then all of them to finish.
import asyncio

items = []


async def consumer(cond, name):
    async with cond:
        await cond.wait_for(lambda: items)
        item = items.pop(0)
        print(f'{name} got {item}')


async def producer(cond):
    for i in range(3):
        await asyncio.sleep(0.1)
        async with cond:
            items.append(f'item{i}')
            print(f'produced item{i}')
            cond.notify()


async def main():
    cond = asyncio.Condition()
    consumers = [asyncio.create_task(consumer(cond, f'c{i}')) for i in range(3)]
    await producer(cond)
    await asyncio.gather(*consumers)
    try:
        cond.notify()
    except RuntimeError as e:
        print('RuntimeError:', e)
    ready = False

    async def waiter(i):
        async with cond:
            await cond.wait_for(lambda: ready)
            print(f'waiter {i} released')

    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0.1)
    async with cond:
        ready = True
        cond.notify_all()
    await asyncio.gather(*ws)


asyncio.run(main())
