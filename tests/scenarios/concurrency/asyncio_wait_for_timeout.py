# The docs' wait_for example: a coroutine that would sleep an hour is cancelled at the
# timeout, and the caller sees TimeoutError; one that finishes in time gives its result.
import asyncio


async def eternity():
    try:
        await asyncio.sleep(3600)
        print('yay!')
    except asyncio.CancelledError:
        print('eternity was cancelled')
        raise


async def quick():
    await asyncio.sleep(0.5)
    return 'quick result'


async def main():
    try:
        await asyncio.wait_for(eternity(), timeout=1.0)
    except TimeoutError:
        print('timeout!')
    print(await asyncio.wait_for(quick(), timeout=1.0))


asyncio.run(main())
