# A task that fails while nobody awaits it: asyncio reports "Task exception was never
# retrieved" with the task and its traceback on stderr; the program itself goes on.
import asyncio


async def bad():
    await asyncio.sleep(0.01)
    raise ValueError('nobody is listening')


async def main():
    asyncio.create_task(bad())
    await asyncio.sleep(0.1)
    print('main done')


asyncio.run(main())
print('after run')
