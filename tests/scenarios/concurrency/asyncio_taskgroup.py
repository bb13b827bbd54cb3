# asyncio.TaskGroup (3.11), the docs' newer way to run tasks together: the block waits
# for all of them; when one fails the others are cancelled, and the failures come out
# as an ExceptionGroup that except* takes apart.
import asyncio


async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)
    return what


async def flaky(delay, name):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f'{name} cancelled')
        raise
    raise ValueError(f'{name} failed')


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    async with asyncio.TaskGroup() as tg:
        task1 = tg.create_task(say_after(1, 'hello'))
        task2 = tg.create_task(say_after(2, 'world'))
        print('started', tg)
    print(f'both done after {round(loop.time() - start)} s:', task1.result(), task2.result())

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(flaky(0.1, 'first'))
            tg.create_task(flaky(0.5, 'slow'))
            tg.create_task(say_after(0.7, 'never printed'))
    except* ValueError as group:
        print('ValueErrors:', [str(e) for e in group.exceptions])
    late = say_after(0, 'late')
    try:
        tg.create_task(late)
    except RuntimeError as e:
        print('RuntimeError:', e)
    late.close()


asyncio.run(main())
