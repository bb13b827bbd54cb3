# wait_for's timeout uncaught: TimeoutError raised from the inner CancelledError,
# with the frames CPython shows in tasks.py.
import asyncio

async def main():
    await asyncio.wait_for(asyncio.sleep(1), 0.1)

asyncio.run(main())
