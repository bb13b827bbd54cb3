# Tasks still pending when main() returns are cancelled by asyncio.run; one that
# catches the cancellation can await its clean-up and re-raise with a bare raise.
import asyncio


async def slow():
    await asyncio.sleep(1)
    print('never printed')


async def tidy():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('tidy: cancelled at shutdown, cleaning up')
        await asyncio.sleep(0.1)
        print('tidy: done cleaning')
        raise


async def main():
    asyncio.create_task(slow())
    asyncio.create_task(tidy())
    await asyncio.sleep(0.1)
    print('main ends with', len(asyncio.all_tasks()), 'tasks')


asyncio.run(main())
print('after run')
