# asyncio.wait with return_when: FIRST_COMPLETED returns as soon as one task ends,
# FIRST_EXCEPTION when one fails, ALL_COMPLETED (the default) or a timeout otherwise.
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(f'{name} failed')
    return name


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    tasks = [asyncio.create_task(job(n, d), name=n) for n, d in [('a', 0.3), ('b', 0.1), ('c', 0.2)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print('first completed:', names(done), 'pending:', names(pending))
    done, pending = await asyncio.wait(pending)
    print('then all:', names(done), 'pending:', names(pending))

    tasks = [asyncio.create_task(job(n, d, f), name=n) for n, d, f in [('x', 0.5, False), ('y', 0.2, True), ('z', 0.1, False)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print('first exception:', names(done), 'pending:', names(pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        print(t.get_name(), t.exception())
    done, pending = await asyncio.wait(pending, timeout=0.1)
    print('after timeout:', names(done), 'pending:', names(pending))
    await asyncio.wait(pending)
    try:
        await asyncio.wait([])
    except ValueError as e:
        print('ValueError:', e)
    coro = job('w', 0)
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print('TypeError:', e)
    coro.close()


asyncio.run(main())
