# asyncio.timeout (3.11): a block that runs past its deadline is cancelled and the
# cancellation becomes TimeoutError as it leaves; expired() tells what happened.
import asyncio


async def long_running_task():
    await asyncio.sleep(10)
    return 'finished'


async def main():
    try:
        async with asyncio.timeout(1) as cm:
            await long_running_task()
    except TimeoutError:
        print('The long operation timed out, but we handled it.')
    print('expired:', cm.expired())
    async with asyncio.timeout(5) as cm:
        result = await asyncio.sleep(0.5, result='quick')
    print(result, 'expired:', cm.expired())
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(None) as cm:
            cm.reschedule(loop.time() + 0.2)
            await asyncio.sleep(1)
    except TimeoutError:
        print('rescheduled deadline hit')
    print('This statement will run regardless.')


asyncio.run(main())
