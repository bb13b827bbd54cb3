# asyncio.Lock makes tasks take turns through a critical section that awaits inside;
# asyncio.Event lets waiters start together once it is set. Reprs show their state.
import asyncio


def state(obj):
    # The repr without its address: '<asyncio.locks.Lock object at 0x... [unlocked]>'
    text = repr(obj)
    return text[:text.index(' at ')] + ' ' + text[text.index('['):]

counter = 0


async def increment(lock, name):
    global counter
    async with lock:
        value = counter
        await asyncio.sleep(0.01)
        counter = value + 1
        print(f'{name} wrote {counter}')


async def waiter(event, name):
    print(f'{name} waiting for the event')
    await event.wait()
    print(f'{name} saw the event')


async def main():
    lock = asyncio.Lock()
    print(state(lock))
    await asyncio.gather(*(increment(lock, f'task{i}') for i in range(4)))
    print('counter =', counter, lock.locked())
    await lock.acquire()
    waiting = asyncio.create_task(increment(lock, 'late'))
    await asyncio.sleep(0)
    print(state(lock))
    lock.release()
    await waiting
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError:', e)

    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(event, f'w{i}')) for i in range(3)]
    await asyncio.sleep(0.1)
    print(state(event))
    event.set()
    await asyncio.gather(*tasks)
    print(state(event), event.is_set())
    event.clear()
    print(event.is_set())


asyncio.run(main())
