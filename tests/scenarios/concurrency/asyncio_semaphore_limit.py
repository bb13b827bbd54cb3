# A Semaphore(2) lets at most two downloads run at once: the third waits for a slot.
# BoundedSemaphore refuses a release past its initial value.
import asyncio


def state(obj):
    # The repr without its address: '<asyncio.locks.Lock object at 0x... [unlocked]>'
    text = repr(obj)
    return text[:text.index(' at ')] + ' ' + text[text.index('['):]


async def download(sem, name, secs, loop, start):
    async with sem:
        print(f'{loop.time() - start:.1f}s {name} starts')
        await asyncio.sleep(secs)
        print(f'{loop.time() - start:.1f}s {name} done')


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    sem = asyncio.Semaphore(2)
    print(state(sem))
    await asyncio.gather(download(sem, 'a', 1, loop, start), download(sem, 'b', 2.5, loop, start),
                         download(sem, 'c', 1, loop, start), download(sem, 'd', 1, loop, start))
    print(state(sem), sem.locked())
    bounded = asyncio.BoundedSemaphore(1)
    await bounded.acquire()
    bounded.release()
    try:
        bounded.release()
    except ValueError as e:
        print('ValueError:', e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print('ValueError:', e)


asyncio.run(main())
