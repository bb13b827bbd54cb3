# asyncio.Barrier (3.11): runners wait at the start line until all three arrived, each
# gets its arrival index; abort() breaks the barrier for whoever still waits.
import asyncio


def state(obj):
    text = repr(obj)
    return text[:text.index(' at ')] + ' ' + text[text.index('['):]


async def runner(barrier, name, delay):
    await asyncio.sleep(delay)
    print(f'{name} arrives, waiting: {barrier.n_waiting}')
    index = await barrier.wait()
    print(f'{name} starts (arrived as {index})')


async def stuck(barrier):
    try:
        await barrier.wait()
    except asyncio.BrokenBarrierError as e:
        print('BrokenBarrierError:', e)


async def main():
    barrier = asyncio.Barrier(3)
    print(state(barrier))
    await asyncio.gather(runner(barrier, 'ann', 0.3), runner(barrier, 'bob', 0.1), runner(barrier, 'cid', 0.2))
    print(state(barrier))
    broken = asyncio.Barrier(2)
    t = asyncio.create_task(stuck(broken))
    await asyncio.sleep(0.1)
    await broken.abort()
    await t
    print(state(broken), broken.broken)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print('ValueError:', e)


asyncio.run(main())
