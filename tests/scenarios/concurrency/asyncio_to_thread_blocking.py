# asyncio.to_thread and run_in_executor run blocking functions in threads: the loop
# keeps running other tasks meanwhile and waits for the threads' results.
import asyncio
import time


def blocking_io(name, secs):
    time.sleep(secs)
    print(f'blocking_io {name} complete')
    return name.upper()


async def ticker():
    for i in range(3):
        print(f'tick {i}')
        await asyncio.sleep(0.4)


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    result, _ = await asyncio.gather(asyncio.to_thread(blocking_io, 'file', 1), ticker())
    print('to_thread gave', result)
    r = await loop.run_in_executor(None, blocking_io, 'socket', 0.5)
    print('run_in_executor gave', r)
    print(f'took {loop.time() - start:.1f} s')


asyncio.run(main())
